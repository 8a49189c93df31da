// The browser and bundler entry of `screening`, without top-level await:
// call `await init()` (or `initSync(bytes)`) once, then use the API.
//
//   import { init, decideListing } from "screening";
//   await init();                 // fetches the .wasm next to this file
//   await init(wasmUrl);          // or from a URL your bundler gives you
//   initSync(bytes);              // or from bytes / a WebAssembly.Module you have
import initModule, * as glue from "./web/screening_wasm.js";
import { connect, isConnected } from "./screening.js";
import { loader } from "./loader.js";

const main = loader(
  initModule,
  glue,
  () => new URL("./web/screening_wasm_bg.wasm", import.meta.url),
  isConnected,
  connect,
);

/**
 * Loads the WebAssembly module (once; later calls return at once).
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module} [wasm]
 *   where the .wasm is (default: `./web/screening_wasm_bg.wasm` beside this file)
 */
export const init = main.init;

/**
 * Loads the WebAssembly module synchronously from its bytes or a compiled module.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export const initSync = main.initSync;

export * from "./api.js";
