// Loading a wasm-bindgen module for the browser entries (web.js, documents.js):
// once; calls made while it loads share the one load; a failed load may be retried.

/**
 * The `init(wasm?)` and `initSync(wasm)` of one module.
 * @param {(options: object) => Promise<unknown>} initModule the glue's default export
 * @param {{initSync: (options: object) => unknown}} glue the glue module
 * @param {() => URL} defaultUrl where the .wasm is when `init()` is given nothing
 * @param {() => boolean} isConnected whether the API already has the module
 * @param {(glue: object) => void} connect hands the loaded module to the API
 */
export function loader(initModule, glue, defaultUrl, isConnected, connect) {
  /** @type {Promise<void> | null} the load under way */
  let loading = null;
  function init(wasm) {
    if (isConnected()) return Promise.resolve();
    loading ??= initModule({ module_or_path: wasm ?? defaultUrl() }).then(
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
  function initSync(wasm) {
    if (isConnected()) return;
    glue.initSync({ module: wasm });
    connect(glue);
  }
  return { init, initSync };
}
