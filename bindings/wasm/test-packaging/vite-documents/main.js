// Vite, with the documents loaded only when asked: `screening/documents` by a
// dynamic import() (a separate chunk), its .wasm modules by init() and
// initDocx(). vite.config.js: the dev server must not pre-bundle `screening`.
import * as main from "screening";
import { checkDocuments } from "../shared/documents-check.js";

checkDocuments(main, () => import("screening/documents")).then(
  (result) => {
    window.__screening = result;
  },
  (e) => {
    window.__screening = { error: String(e && e.stack ? e.stack : e) };
  },
);
