// esbuild, for browsers (ESM and iife): the .wasm is imported with the `file`
// loader, which copies it beside the bundle and gives its URL to init().
import * as api from "screening";
import wasmUrl from "screening/screening_wasm_bg.wasm";
import { report } from "../shared/browser.js";

report(api, api.init(wasmUrl));
