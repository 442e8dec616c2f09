// MANIFEST.JSON in MicroPythonOS's format (keys in the order the firmware's own apps use).
import type { AppDescription } from "./config";
import { devicePackageName } from "./fullname";

export interface ManifestEntry {
  entrypoint: string;
  classname: string;
  intent_filters: Record<string, string | string[]>[];
}

/** The manifest text: `entries` gives each component's entrypoint and Python class name. */
export function manifestText(app: AppDescription, activities: ManifestEntry[], services: ManifestEntry[]): string {
  const manifest: Record<string, unknown> = {
    name: app.name,
    publisher: app.publisher,
    short_description: app.short_description,
    long_description: app.long_description,
    // The device fullname is the package name (see fullname.ts): the firmware imports
    // `<fullname>.<entrypoint>` in package mode.
    fullname: devicePackageName(app.fullname),
    version: app.version,
    category: app.category,
    activities,
  };
  if (services.length) manifest.services = services;
  return JSON.stringify(manifest, null, 2) + "\n";
}
