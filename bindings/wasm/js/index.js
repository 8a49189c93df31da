// The browser and bundler entry of `screening`: loads the WebAssembly module
// (wasm-bindgen --target web) with top-level await, then exports the API.
import init, * as glue from "./web/screening_wasm.js";
import { connect } from "./screening.js";

await init({ module_or_path: new URL("./web/screening_wasm_bg.wasm", import.meta.url) });
connect(glue);

export {
  Case,
  ScreeningError,
  decideListing,
  decideScreening,
  labels,
  payloadFields,
  replay,
} from "./screening.js";
