// The runtime part of a device tree, from the runtime's build (compiler/src/runtime-build.ts):
// target `micropython` gets lib/mpos/, lib/servicekit/ and main.py (stock firmware has no mpos);
// target `mpos` gets lib/servicekit/ only (the firmware's frozen mpos must never be shadowed).
import type { Diagnostic } from "../diagnostics/catalog";
import { runtimeFiles } from "../runtime-build";

export type Target = "mpos" | "micropython";

/** The runtime's files for `target`, by device path, or the reasons it could not be built. */
export function runtimeTree(target: Target): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  return runtimeFiles(target);
}
