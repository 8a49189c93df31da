// The API of the `screening` package, over the WebAssembly module's exports.
//
// The module takes JSON text and answers JSON text, `{"ok": value}` or an
// error report; this file converts JavaScript values to that text and back,
// and turns error reports into ScreeningError. It decides nothing: every rule
// is in screening-core. The entries (index.js for browsers and bundlers,
// node.js for Node) load the module and call connect() first.

/** @type {any} the wasm-bindgen glue of the loaded module */
let glue = null;
let cachedLabels = null;
let cachedPayloadFields = null;

/**
 * Connects the API to a loaded module (done once by the entry).
 * @param {object} g the wasm-bindgen glue module
 */
export function connect(g) {
  glue = g;
}

/** A refusal or an error of the library: a real Error with the stable code. */
export class ScreeningError extends Error {
  /**
   * @param {{error: string, at?: number, state?: string, message: {vi: string, en: string}, report?: object}} report
   * @param {{cause?: unknown}} [options]
   */
  constructor(report, options) {
    super(report.message.en, options);
    this.name = "ScreeningError";
    this.code = report.error;
    this.messageVi = report.message.vi;
    this.messageEn = report.message.en;
    if (report.at !== undefined) this.at = report.at;
    if (report.state !== undefined) this.state = report.state;
    if (report.report !== undefined) this.report = report.report;
  }

  /** The message in `lang` ("vi" or "en"). */
  messageIn(lang) {
    return lang === "en" ? this.messageEn : this.messageVi;
  }
}

// After a trap the instance may be left in any state: start a fresh one (the
// module keeps nothing between calls, so nothing is lost) and report `internal`.
function recover(cause) {
  let message = {
    vi: "Lỗi nội bộ của thư viện; không có gì bị thay đổi, hãy thử lại",
    en: "internal error in the library; nothing was changed, try again",
  };
  try {
    glue.__wbg_reset_state();
    message = JSON.parse(glue.internal_message());
  } catch {
    // keep the message above; the next call tries to reset again
  }
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return new ScreeningError(
    { error: "internal", message: { vi: `${message.vi} (${detail})`, en: `${message.en} (${detail})` } },
    { cause },
  );
}

// Calls an export of the module: its parsed answer.
function invoke(name, ...args) {
  if (glue === null) throw new Error("screening: the WebAssembly module is not loaded");
  let text;
  try {
    text = glue[name](...args);
  } catch (cause) {
    throw recover(cause);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw recover(cause);
  }
}

// Calls an export of the module: its value, or its error report thrown.
function call(name, ...args) {
  const answer = invoke(name, ...args);
  if ("ok" in answer) return answer.ok;
  throw new ScreeningError(answer);
}

// `malformed`, with the core's message, for input that is not JSON at all.
function malformed(detail, cause) {
  return new ScreeningError(invoke("malformed_input", detail), cause === undefined ? undefined : { cause });
}

// Non-finite numbers become strings, so that the core's message names them
// (JSON.stringify would write null); functions and symbols are refused, not
// dropped (a value of the wrong type must never vanish silently).
function replacer(key, value) {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "function" || typeof value === "symbol") {
    throw new TypeError(`${key === "" ? "the value" : `\`${key}\``} is a ${typeof value}, not a JSON value`);
  }
  return value;
}

function describe(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value).slice(0, 40)}`;
}

// JSON text as given, or a value written as JSON. Strings pass unchanged: they
// are JSON text for the core to read (its rules on duplicate keys and numbers
// apply to the text itself).
function toText(value, what) {
  if (typeof value === "string") return value;
  let text;
  try {
    text = JSON.stringify(value, replacer);
  } catch (cause) {
    throw malformed(`${what} cannot be written as JSON: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
  }
  if (typeof text !== "string") throw malformed(`${what} must be JSON text or a JSON value, not ${describe(value)}`);
  return text;
}

// Ballot input: a plain object of whole numbers. The type is checked here (a
// conversion); the numbers are checked by the module.
function ballotText(args, what) {
  if (args === null || typeof args !== "object" || Array.isArray(args)) {
    throw malformed(`${what} takes an object of counts, not ${describe(args)}`);
  }
  return toText(args, what);
}

/**
 * Reads and replays a case file and reports it.
 * @param {string | object} caseFile JSON text or the parsed object
 */
export function replay(caseFile) {
  return call("replay", toText(caseFile, "the case file"));
}

/**
 * Decides the listing ballot of Step 1 (S1.3, E1, E2, E4, T1).
 * @param {{official: number, exempt: number, exemptAttending?: number, yes: number}} ballot
 */
export function decideListing(ballot) {
  return call("decide_listing", ballotText(ballot, "decideListing"));
}

/**
 * Decides the two screening ballots of Step 3 (S3.1–S3.4, I1, I2, E1, E2, E4, T1, T2).
 * @param {{official: number, exempt: number, exemptAttending?: number, progressYes: number, removalYes: number}} ballot
 */
export function decideScreening(ballot) {
  return call("decide_screening", ballotText(ballot, "decideScreening"));
}

/** The labels of every code, in Vietnamese and English (a fresh copy each call). */
export function labels() {
  cachedLabels ??= JSON.stringify(call("labels"));
  return JSON.parse(cachedLabels);
}

/** The payload fields of each event type (a fresh copy each call). */
export function payloadFields() {
  cachedPayloadFields ??= JSON.stringify(call("payload_fields"));
  return JSON.parse(cachedPayloadFields);
}

const secret = Symbol("screening.case");

/** One member's case: its file, replayed; events are applied one at a time. */
export class Case {
  /** @type {string} the case file, as the core wrote it */
  #file;
  /** @type {object} the report of the case */
  #report;

  /**
   * A new case with no events.
   * @param {{member: object, branch: object}} init
   */
  constructor(init) {
    if (init !== null && typeof init === "object" && init[secret] !== undefined) {
      this.#set(init[secret]);
      return;
    }
    if (init === null || typeof init !== "object" || Array.isArray(init)) {
      throw malformed(`new Case takes {member, branch}, not ${describe(init)}`);
    }
    this.#set(call("case_new", toText(init, "new Case")));
  }

  #set(opened) {
    this.#file = JSON.stringify(opened.file);
    this.#report = opened.report;
  }

  /**
   * Reads and replays a case file. A refused event throws ScreeningError with
   * `at`, `state` and the `report` of the case before it.
   * @param {string | object} caseFile
   */
  static fromJSON(caseFile) {
    return new Case({ [secret]: call("case_open", toText(caseFile, "the case file")) });
  }

  /**
   * Applies one event and returns its history entry; a refused event throws
   * ScreeningError (with `at` and `state`) and leaves the case as it was.
   * @param {string | object} event
   * @param {number} [expectedVersion] refuse with `stale_case` unless the case is at this version
   */
  apply(event, expectedVersion) {
    const eventText = toText(event, "the event");
    let expected = "null";
    if (typeof expectedVersion === "number") {
      expected = JSON.stringify(expectedVersion, replacer);
    } else if (expectedVersion !== undefined && expectedVersion !== null) {
      throw malformed(`the expected version must be a number, not ${describe(expectedVersion)}`);
    }
    this.#set(call("case_apply", this.#file, eventText, expected));
    return structuredClone(this.#report.history[this.#report.history.length - 1]);
  }

  /** The events that may be recorded now, with their bodies and, for screening, the earliest date. */
  next() {
    return structuredClone(this.#report.next);
  }

  /** The report: state, step, cycle, screening date, next events and the explained history. */
  report() {
    return structuredClone(this.#report);
  }

  /** The case file (for JSON.stringify). */
  toJSON() {
    return JSON.parse(this.#file);
  }

  /** The number of events applied. */
  get version() {
    return this.#report.version;
  }

  /** The current state. */
  get state() {
    return this.#report.state;
  }
}

/**
 * For the package's tests only (not exported by the entries): makes the module
 * trap, as a panic would, through the same path as every call.
 */
export function _trapForTests() {
  return call("trap_for_tests");
}
