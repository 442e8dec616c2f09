export function load(): Promise<unknown> {
  return import("./other"); // expect: TSMPY1011
}
