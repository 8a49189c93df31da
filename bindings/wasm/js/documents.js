// The browser and bundler entry of `screening/documents`: the papers a branch
// signs, in their own WebAssembly modules, fetched only when asked.
//
//   const docs = await import("screening/documents"); // a separate chunk
//   await docs.init();                 // the HTML and Markdown module
//   docs.voteRecord(caseFile, { event: 11, context, format: "html" });
//   await docs.initDocx();             // the larger .docx module, when a .docx is asked for
//   docs.voteRecord(caseFile, { event: 11, context, format: "docx" }); // Uint8Array
//
// Independent of the main entry's init(): this entry replays the case files
// itself. Both share one set of error classes (ScreeningError).
import initModule, * as glue from "./web/screening_documents.js";
import initDocxModule, * as docxGlue from "./web/screening_documents_docx.js";
import { connect, connectDocx, isConnected, isDocxConnected } from "./documents-api.js";
import { loader } from "./loader.js";

const html = loader(
  initModule,
  glue,
  () => new URL("./web/screening_documents_bg.wasm", import.meta.url),
  isConnected,
  connect,
);
const docx = loader(
  initDocxModule,
  docxGlue,
  () => new URL("./web/screening_documents_docx_bg.wasm", import.meta.url),
  isDocxConnected,
  connectDocx,
);

/**
 * Loads the HTML and Markdown module (once; later calls return at once).
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module} [wasm]
 *   where it is (default: `./web/screening_documents_bg.wasm` beside this file)
 */
export const init = html.init;

/**
 * Loads the .docx module (once), which also makes HTML and Markdown.
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module} [wasm]
 *   where it is (default: `./web/screening_documents_docx_bg.wasm` beside this file)
 */
export const initDocx = docx.init;

/**
 * Loads the HTML and Markdown module synchronously from its bytes or a compiled module.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export const initSync = html.initSync;

/**
 * Loads the .docx module synchronously from its bytes or a compiled module.
 * @param {BufferSource | WebAssembly.Module} wasm
 */
export const initDocxSync = docx.initSync;

export {
  EventWithSeveralCasesError,
  FormatUnavailableError,
  InconsistentContextError,
  MalformedContextError,
  MixedBranchesError,
  MixedListsError,
  NoBallotError,
  NoCasesError,
  NoSuchEventError,
  NotABallotError,
  NotAResolutionError,
  NotOnAListError,
  WriteFailedError,
  approvalList,
  resolution,
  voteRecord,
} from "./documents-api.js";
export { ScreeningError } from "./screening.js";
