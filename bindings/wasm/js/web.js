// The browser and bundler entry of `screening`, without top-level await:
// call `await init()` (or `initSync(bytes)`) once, then use the API.
//
//   import { init, decideListing } from "screening";
//   await init();                 // fetches the .wasm next to this file
//   await init(wasmUrl);          // or from a URL your bundler gives you
//   initSync(bytes);              // or from bytes / a WebAssembly.Module you have
import initModule, * as glue from "./web/screening_wasm.js";
import { connect, isConnected } from "./screening.js";

/** @type {Promise<void> | null} the load under way */
let loading = null;

/**
 * Loads the WebAssembly module (once; later calls return at once).
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module} [wasm]
 *   where the .wasm is (default: `./web/screening_wasm_bg.wasm` beside this file)
 */
export function init(wasm) {
  if (isConnected()) return Promise.resolve();
  // Calls made while it loads share the one load; a failed load may be retried.
  loading ??= initModule({ module_or_path: wasm ?? new URL("./web/screening_wasm_bg.wasm", import.meta.url) }).then(
    () => {
      if (!isConnected()) connect(glue);
    },
    (e) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * Loads the WebAssembly module synchronously from its bytes or a compiled module.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export function initSync(wasm) {
  if (isConnected()) return;
  glue.initSync({ module: wasm });
  connect(glue);
}

export * from "./api.js";
