// The runtime part of a device tree, written by the runtime's own build (branch `runtime`):
// target `micropython` gets lib/mpos/, lib/servicekit/ and main.py (stock firmware has no mpos);
// target `mpos` gets lib/servicekit/ only (the firmware's frozen mpos must never be shadowed).
import type { Diagnostic } from "../diagnostics/catalog";
import { runtimeUnavailable } from "../diagnostics/catalog";

export type Target = "mpos" | "micropython";
export const TARGETS: Target[] = ["mpos", "micropython"];

/**
 * Writes the runtime for `target` into `stageDir` (the device tree being assembled), or returns
 * why it cannot.
 */
export function writeRuntime(stageDir: string, target: Target): Diagnostic[] {
  void stageDir;
  // Until the runtime's build function lands there is nothing to add for `mpos`, and `micropython`
  // cannot boot without it.
  if (target === "micropython") return [runtimeUnavailable(undefined, "the `micropython` target needs lib/mpos and main.py from the runtime build, which this tsmpy does not have yet; build with --target mpos")];
  return [];
}
