// The one error type of the device layer: it carries a coded diagnostic from the catalog, so a
// command can print it tsc-style and exit non-zero instead of showing a stack trace.
import type { Diagnostic } from "../diagnostics/catalog";

export class DeviceError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = "DeviceError";
  }
}

export function isDeviceError(e: unknown): e is DeviceError {
  return e instanceof DeviceError;
}
