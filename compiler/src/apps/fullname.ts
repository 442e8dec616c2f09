// App fullnames and the Python package they become on the device.
//
// MicroPythonOS loads an app "in package mode" when its folder holds an __init__.py: it imports
// `<fullname>.<entrypoint>` with the folder's parent (apps/) on sys.path. Dots in a fullname would
// make that a nested package that does not exist, so on the device the app's folder, package and
// manifest fullname are the fullname with dots spelled as underscores (com.example.weather ->
// com_example_weather), as the firmware's own package-mode apps do.
import { PYTHON_KEYWORDS } from "../python/names";

/** Why `name` is not a valid fullname, or undefined. */
export function fullnameProblem(name: string): string | undefined {
  if (!name) return "it is empty";
  const parts = name.split(".");
  if (parts.length < 2) return "it needs at least two dot-separated parts (a reverse domain name)";
  for (const part of parts) {
    if (!part) return "it has an empty part (two dots in a row, or a dot at an end)";
    if (!/^[a-z][a-z0-9_]*$/.test(part)) return `the part '${part}' must start with a lower-case letter and hold only lower-case letters, digits and '_'`;
    if (PYTHON_KEYWORDS.has(part)) return `the part '${part}' is a Python keyword`;
  }
  return undefined;
}

/** The app's folder, Python package and manifest fullname on the device. */
export function devicePackageName(fullname: string): string {
  return fullname.split(".").join("_");
}
