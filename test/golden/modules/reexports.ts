// Re-exports: importers go to the declaring module; this module only has to run.
export * from "./store";
export { greet as hello, counter } from "./store";
export * as storeNs from "./store";
export { default as twice } from "./store";
