// The API of `screening/documents`: the papers a branch prints and signs, made
// by screening-documents in its own WebAssembly modules, loaded only when asked:
// one for HTML and Markdown, a larger one for .docx.
//
// It converts arguments, picks the module, and maps the error reports to the
// ScreeningError subclasses of the main entry (screening.js: one set of classes,
// `instanceof ScreeningError` holds for both). It decides nothing and words
// nothing: every figure is the core's, every word the documents crate's.
//
// The entries load the modules and call connect() / connectDocx() first:
// documents-node.cjs and documents-node.js (Node: the HTML module on import, the
// .docx one on the first .docx asked for), documents.js (browsers and bundlers:
// `await init()`, `await initDocx()`). This file has one import, of
// screening.js, at its start, and one export statement at its end, so that the
// build writes its CommonJS twin (documents-api.cjs).
import { ScreeningError, errorOf, replacer, show } from "./screening.js";

/** @type {any} the wasm-bindgen glue of the HTML and Markdown module */
let glue = null;
/** @type {any} the wasm-bindgen glue of the .docx module */
let docxGlue = null;
/** @type {(() => any) | null} loads the .docx module synchronously (Node) */
let docxLoader = null;

/**
 * Connects the API to the loaded HTML and Markdown module.
 * @param {object} g the wasm-bindgen glue module
 */
function connect(g) {
  glue = g;
}

/**
 * Connects the API to the loaded .docx module.
 * @param {object} g the wasm-bindgen glue module
 */
function connectDocx(g) {
  docxGlue = g;
}

/**
 * Where the .docx module comes from when it is first needed (Node).
 * @param {() => object} load
 */
function setDocxLoader(load) {
  docxLoader = load;
}

/** Whether the HTML and Markdown module is loaded. */
function isConnected() {
  return glue !== null;
}

/** Whether the .docx module is loaded. */
function isDocxConnected() {
  return docxGlue !== null;
}

// ---------------------------------------------------------------- errors

// One class per stable code of screening-documents (docs/documents.md); the
// case file's own errors keep the core's classes (MalformedError, …).
class MalformedContextError extends ScreeningError {}
class NoSuchEventError extends ScreeningError {}
class NotABallotError extends ScreeningError {}
class NoBallotError extends ScreeningError {}
class NotOnAListError extends ScreeningError {}
class NotAResolutionError extends ScreeningError {}
class NoCasesError extends ScreeningError {}
class EventWithSeveralCasesError extends ScreeningError {}
class MixedBranchesError extends ScreeningError {}
class MixedListsError extends ScreeningError {}
class InconsistentContextError extends ScreeningError {}
class WriteFailedError extends ScreeningError {}
class FormatUnavailableError extends ScreeningError {}

const documentErrorClasses = {
  malformed_context: MalformedContextError,
  no_such_event: NoSuchEventError,
  not_a_ballot: NotABallotError,
  no_ballot: NoBallotError,
  not_on_a_list: NotOnAListError,
  not_a_resolution: NotAResolutionError,
  no_cases: NoCasesError,
  event_with_several_cases: EventWithSeveralCasesError,
  mixed_branches: MixedBranchesError,
  mixed_lists: MixedListsError,
  inconsistent_context: InconsistentContextError,
  write_failed: WriteFailedError,
  format_unavailable: FormatUnavailableError,
};

function documentErrorOf(report, options) {
  return Object.hasOwn(documentErrorClasses, report.error)
    ? new documentErrorClasses[report.error](report, options)
    : errorOf(report, options);
}

// The error report module `g` left for its last failed call; `prefix` names
// the case file in a list (`cases[1]`).
function lastError(g, prefix) {
  const report = JSON.parse(g.last_error());
  if (prefix !== undefined) report.path = report.path === undefined ? prefix : `${prefix}.${report.path}`;
  return documentErrorOf(report);
}

// After a trap the instance may be left in any state: start a fresh one and
// report `internal`.
function recover(g, cause) {
  let message = {
    vi: "Lỗi nội bộ của thư viện khi lập văn bản; không có gì bị thay đổi, hãy thử lại",
    en: "internal error in the library while making a document; nothing was changed, try again",
  };
  try {
    g.__wbg_reset_state();
    message = JSON.parse(g.internal_message());
  } catch {
    // keep the message above
  }
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return errorOf({ error: "internal", message: { vi: `${message.vi} (${detail})`, en: `${message.en} (${detail})` } }, { cause });
}

// ---------------------------------------------------------------- arguments

// The module for HTML and Markdown: the small one, else the .docx one if only
// it is loaded (it makes every format).
function textModule() {
  const g = glue ?? docxGlue;
  if (g === null) {
    throw new Error(
      "screening/documents: the documents' WebAssembly module is not loaded yet: call `await init()` from `screening/documents` first",
    );
  }
  return g;
}

function docxModule() {
  if (docxGlue === null && docxLoader !== null) docxGlue = docxLoader();
  if (docxGlue === null) {
    throw new Error(
      "screening/documents: the .docx module is not loaded yet: call `await initDocx()` from `screening/documents` first (it loads the larger module that writes .docx)",
    );
  }
  return docxGlue;
}

// `malformed` for an argument of the wrong type, worded by the module `g`.
function argumentError(g, path, value, expected) {
  g.argument_error(path, expected === "known" ? value : show(value), expected);
  return lastError(g);
}

// JSON text as given (the core reads it, with its rules on duplicate keys and
// numbers), or a value written as JSON: a case file, a `Case` (its file), a context.
function toText(g, value, path) {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") throw argumentError(g, path, value, "json");
  try {
    return JSON.stringify(value, replacer);
  } catch (cause) {
    g.argument_error(path, `${show(value)} that cannot be written as JSON (${cause instanceof Error ? cause.message : String(cause)})`, "json");
    const e = lastError(g);
    e.cause = cause;
    throw e;
  }
}

const OPTION_FIELDS = "event, context, format, explain";
const FORMATS = ["html", "md", "docx"];

// The options, checked: {format, event, context, explain}, and the module to use.
function optionsOf(options) {
  const given = options === undefined || options === null ? {} : options;
  const format = typeof given === "object" && !Array.isArray(given) && given.format !== undefined ? given.format : "html";
  // The module is chosen by the format; a bad format is worded by the text module.
  const g = format === "docx" ? docxModule() : textModule();
  if (typeof given !== "object" || Array.isArray(given)) throw argumentError(g, "options", given, "object");
  for (const k in given) {
    if (k !== "event" && k !== "context" && k !== "format" && k !== "explain") throw argumentError(g, `options.${k}`, OPTION_FIELDS, "known");
  }
  if (!FORMATS.includes(format)) throw argumentError(g, "options.format", format, "format");
  let event;
  if (given.event !== undefined && given.event !== null) {
    const e = given.event;
    if (typeof e !== "number" || !Number.isInteger(e) || e < 0 || e > 4294967295) throw argumentError(g, "options.event", e, "count");
    event = e;
  }
  let explain = false;
  if (given.explain !== undefined) {
    if (typeof given.explain !== "boolean") throw argumentError(g, "options.explain", given.explain, "boolean");
    explain = given.explain;
  }
  const context = given.context === undefined || given.context === null ? undefined : toText(g, given.context, "options.context");
  return { g, format, event, context, explain };
}

const decoder = new TextDecoder();

// Makes document `kind` of the case files `texts` ([path prefix, JSON text]).
function make(kind, sources, options) {
  const o = optionsOf(options);
  const g = o.g;
  const texts = sources.map(([path, value, prefix]) => [toText(g, value, path), prefix]);
  let bytes;
  try {
    g.clear_cases();
    for (const [text, prefix] of texts) {
      if (!g.add_case(text)) {
        g.clear_cases();
        throw lastError(g, prefix);
      }
    }
    bytes = g.make(kind, o.event, o.context, o.format, o.explain);
  } catch (cause) {
    if (cause instanceof ScreeningError) throw cause;
    throw recover(g, cause);
  }
  if (bytes === undefined) throw lastError(g);
  return o.format === "docx" ? bytes : decoder.decode(bytes);
}

// ---------------------------------------------------------------- documents

/**
 * The vote-count record (biên bản kiểm phiếu) of a ballot of the case.
 * @param {string | object} caseFile JSON text, the parsed object, or a `Case`
 * @param {{event?: number, context?: string | object, format?: "html" | "md" | "docx", explain?: boolean}} [options]
 */
function voteRecord(caseFile, options) {
  return make("vote-record", [["caseFile", caseFile, undefined]], options);
}

/**
 * The list sent up for approval (danh sách) of one branch's cases.
 * @param {string | object | Array<string | object>} cases one case file, or several of one branch
 * @param {{event?: number, context?: string | object, format?: "html" | "md" | "docx", explain?: boolean}} [options]
 */
function approvalList(cases, options) {
  const sources = Array.isArray(cases) ? cases.map((c, i) => [`cases[${i}]`, c, `cases[${i}]`]) : [["cases", cases, undefined]];
  return make("list", sources, options);
}

/**
 * The branch's resolution (nghị quyết): a mentor's assignment or after the screening ballots.
 * @param {string | object} caseFile JSON text, the parsed object, or a `Case`
 * @param {{event?: number, context?: string | object, format?: "html" | "md" | "docx", explain?: boolean}} [options]
 */
function resolution(caseFile, options) {
  return make("resolution", [["caseFile", caseFile, undefined]], options);
}

/**
 * For the package's tests only (not exported by the entries): makes the HTML
 * module trap, as a panic would, through the same recovery as every call.
 */
function _trapForTests() {
  const g = textModule();
  try {
    g.trap_for_tests();
  } catch (cause) {
    throw recover(g, cause);
  }
}

export {
  connect,
  connectDocx,
  setDocxLoader,
  isConnected,
  isDocxConnected,
  MalformedContextError,
  NoSuchEventError,
  NotABallotError,
  NoBallotError,
  NotOnAListError,
  NotAResolutionError,
  NoCasesError,
  EventWithSeveralCasesError,
  MixedBranchesError,
  MixedListsError,
  InconsistentContextError,
  WriteFailedError,
  FormatUnavailableError,
  voteRecord,
  approvalList,
  resolution,
  _trapForTests,
};
