// The convenience entry of `screening` for browsers and bundlers that support
// top-level await (`screening/auto`): the module is loaded on import.
// Where top-level await is not available (esbuild's iife, older targets), use
// the main entry and `await init()`.
import { init } from "./web.js";

await init();

export * from "./web.js";
