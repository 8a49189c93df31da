// webpack 5: init() finds the .wasm with `new URL(…, import.meta.url)`, which
// webpack emits as an asset; nothing to configure.
import * as api from "screening";
import { report } from "../shared/browser.js";

report(api, api.init());
