// The Node entry of `screening` (ESM): loads the WebAssembly module
// synchronously (wasm-bindgen --target nodejs, CommonJS glue), then exports the API.
import { createRequire } from "node:module";
import { connect } from "./screening.js";

connect(createRequire(import.meta.url)("./node/screening_wasm.js"));

export {
  Case,
  ScreeningError,
  decideListing,
  decideScreening,
  labels,
  payloadFields,
  replay,
} from "./screening.js";
