// Vite (6 and 7; build and dev server): init() finds the .wasm with
// `new URL(…, import.meta.url)`, which Vite follows; the dev server needs
// `optimizeDeps.exclude: ["screening"]` (vite.config.js).
import * as api from "screening";
import { report } from "../shared/browser.js";

report(api, api.init());
