// The API of the `screening` package, over the WebAssembly module's exports.
//
// It converts: JavaScript values to what the module takes, the module's answers
// to objects, its error reports to ScreeningError subclasses. It decides
// nothing: every rule, message and explanation is screening-core's. Answers
// carry numbers, codes and rule IDs; an explanation is asked of the core only
// when it is read (`explain(lang)`, or the `explanation` getter).
//
// The entries load the module and call connect() first: node.js / node.cjs
// (Node, synchronously), web.js (browsers and bundlers: `await init()` or
// `initSync(bytes)`), index.js (the same with top-level await). This file has
// no import and one export statement at its end, so that the build writes its
// CommonJS twin (screening.cjs) by replacing that statement.

/** @type {any} the wasm-bindgen glue of the loaded module */
let glue = null;
/** @type {{states: string[], events: string[], bodies: string[], outcomes: string[], ballots: string[], questions: string[], thresholds: string[], rules: string[]}} the codes, by position */
let codes = null;
/** @type {Uint32Array | null} the module's answer buffer of the ballot decisions */
let out = null;
/** @type {WebAssembly.Memory | null} the module's memory */
let memory = null;
/** Counts the module's instances: a trap starts a new one, and the cases rebuild theirs. */
let epoch = 0;
let cachedLabels = null;
let cachedPayloadFields = null;
let cachedAwaited = null;

// The layout of the module's answer buffer (bindings/wasm/src/decide.rs).
const OUT_LEN = 9 + 2 * 5 + 16;

/**
 * Connects the API to a loaded module (done once by the entry).
 * @param {object} g the wasm-bindgen glue module
 */
function connect(g) {
  glue = g;
  out = null;
  memory = g.module_memory();
  epoch++;
  codes = JSON.parse(g.codes());
}

/** Whether the module is loaded. */
function isConnected() {
  return glue !== null;
}

function loaded() {
  if (glue === null) {
    throw new Error(
      "screening: the WebAssembly module is not loaded yet: call `await init()` (or `initSync(bytes)`) first, or import `screening/auto`",
    );
  }
  return glue;
}

// ---------------------------------------------------------------- errors

/** A refusal or an error of the library: a real Error with the stable code. */
class ScreeningError extends Error {
  /**
   * @param {{error: string, path?: string, at?: number, state?: string, message: {vi: string, en: string}, report?: object}} report
   * @param {{cause?: unknown}} [options]
   */
  constructor(report, options) {
    super(report.message.en, options);
    this.name = new.target.name;
    this.code = report.error;
    this.messageVi = report.message.vi;
    this.messageEn = report.message.en;
    if (report.path !== undefined) this.path = report.path;
    if (report.at !== undefined) this.at = report.at;
    if (report.state !== undefined) this.state = report.state;
    if (report.report !== undefined) this.report = report.report;
  }

  /** The message in `lang` ("vi" or "en"). */
  messageIn(lang) {
    return lang === "en" ? this.messageEn : this.messageVi;
  }
}

// One class per stable code of the core (CASE-FORMAT.md), and `internal`.
class MalformedError extends ScreeningError {}
class UnsupportedFormatError extends ScreeningError {}
class WrongStateError extends ScreeningError {}
class WrongBodyError extends ScreeningError {}
class DateOrderError extends ScreeningError {}
class TooEarlyError extends ScreeningError {}
class InvalidElectorateError extends ScreeningError {}
class InvalidTallyError extends ScreeningError {}
class ConflictingBallotsError extends ScreeningError {}
class InvalidMentorError extends ScreeningError {}
class InvalidOutcomeError extends ScreeningError {}
class MissingCriteriaError extends ScreeningError {}
class StaleCaseError extends ScreeningError {}
class InternalError extends ScreeningError {}

const errorClasses = {
  malformed: MalformedError,
  unsupported_format: UnsupportedFormatError,
  wrong_state: WrongStateError,
  wrong_body: WrongBodyError,
  date_order: DateOrderError,
  too_early: TooEarlyError,
  invalid_electorate: InvalidElectorateError,
  invalid_tally: InvalidTallyError,
  conflicting_ballots: ConflictingBallotsError,
  invalid_mentor: InvalidMentorError,
  invalid_outcome: InvalidOutcomeError,
  missing_criteria: MissingCriteriaError,
  stale_case: StaleCaseError,
  internal: InternalError,
};

function errorOf(report, options) {
  const Class = Object.hasOwn(errorClasses, report.error) ? errorClasses[report.error] : ScreeningError;
  return new Class(report, options);
}

// After a trap the instance may be left in any state: start a fresh one and
// report `internal`. Cases rebuild their module objects from their events.
function recover(cause) {
  let message = {
    vi: "Lỗi nội bộ của thư viện; không có gì bị thay đổi, hãy thử lại",
    en: "internal error in the library; nothing was changed, try again",
  };
  try {
    glue.__wbg_reset_state();
    connect(glue);
    message = JSON.parse(glue.internal_message());
  } catch {
    // keep the message above; the next call tries to reset again
  }
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return errorOf({ error: "internal", message: { vi: `${message.vi} (${detail})`, en: `${message.en} (${detail})` } }, { cause });
}

// The error report the module left for its last failed call.
function lastError() {
  return errorOf(JSON.parse(glue.last_error()));
}

// How a value of the wrong type shows in a message.
function show(value) {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    case "object":
      if (value === null) return "null";
      return Array.isArray(value) ? "an array" : "an object";
    default:
      return String(value);
  }
}

// `malformed` for an argument of the wrong type, worded by the module.
// `expected`: count, object, json, lang, known, present, date.
function argumentError(path, value, expected) {
  loaded().argument_error(path, expected === "known" ? value : show(value), expected);
  return lastError();
}

// A count argument: a number (checked as a count by the module), or the error.
function counted(path, value) {
  if (typeof value === "number") return value;
  throw argumentError(path, value, value === undefined ? "present" : "count");
}

function language(lang) {
  if (lang === "vi" || lang === "en") return lang;
  throw argumentError("lang", lang, "lang");
}

// Non-finite numbers become strings, so that the core's message names them
// (JSON.stringify would write null); functions, symbols and BigInts are
// refused, not dropped (a value of the wrong type must never vanish silently).
function replacer(key, value) {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "function" || typeof value === "symbol") {
    throw new TypeError(`${key === "" ? "the value" : `\`${key}\``} is ${show(value)}, not a JSON value`);
  }
  return value;
}

// JSON text as given, or a value written as JSON. Strings pass unchanged: they
// are JSON text for the core to read (its rules on duplicate keys and numbers
// apply to the text itself).
function toText(value, path) {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") throw argumentError(path, value, "json");
  let text;
  try {
    text = JSON.stringify(value, replacer);
  } catch (cause) {
    loaded().argument_error(path, `${show(value)} that cannot be written as JSON (${cause instanceof Error ? cause.message : String(cause)})`, "json");
    const e = lastError();
    e.cause = cause;
    throw e;
  }
  return text;
}

// ---------------------------------------------------------------- decisions

/** An explained ballot decision: numbers, codes and rule IDs; the words on demand. */
class BallotDecision {
  constructor(ballot, outcome, rules, electorate, votes) {
    /** `listing` or `screening`. */
    this.ballot = ballot;
    /** The outcome code. */
    this.outcome = outcome;
    /** The rule IDs applied. */
    this.rules = rules;
    /** The electorate, `size` being E. */
    this.electorate = electorate;
    /** Each question's count. */
    this.votes = votes;
  }

  /** The decision in words, in `lang` ("vi" or "en"), from the core. */
  explain(lang = "vi") {
    const g = loaded();
    const e = this.electorate;
    const l = language(lang);
    const v = this.votes;
    const text = guard(() =>
      this.ballot === "listing"
        ? g.explain_listing(e.official, e.exempt, e.exempt_attending, e.excluded, v[0].yes, tellers(v[0]), l)
        : g.explain_screening(e.official, e.exempt, e.exempt_attending, e.excluded, v[0].yes, v[1].yes, tellers(v[0]), tellers(v[1]), l),
    );
    if (text === undefined) throw lastError();
    return text;
  }

  /** The decision in words in both languages (computed when read). */
  get explanation() {
    return { vi: this.explain("vi"), en: this.explain("en") };
  }

  /** The JSON of the core's BallotDecision, explanation included. */
  toJSON() {
    return {
      ballot: this.ballot,
      outcome: this.outcome,
      rules: this.rules,
      electorate: this.electorate,
      votes: this.votes,
      explanation: this.explanation,
    };
  }
}

// A vote's tellers' count as the module takes it: [issued, returned, invalid], or [].
function tellers(vote) {
  const b = vote.ballots;
  return b === undefined ? [] : [b.issued, b.returned, b.invalid];
}

// Runs a call into the module; a trap becomes `internal` after a reset.
function guard(f) {
  try {
    return f();
  } catch (cause) {
    throw recover(cause);
  }
}

// The module's answer buffer, viewed anew after the memory grows (the old view
// is then detached: its length is 0) or the module is reset.
function answers() {
  if (out === null || out.length === 0) out = new Uint32Array(memory.buffer, glue.out_ptr(), OUT_LEN);
  return out;
}

function voteAt(v, b) {
  return { question: codes.questions[v[b]], yes: v[b + 1], threshold: codes.thresholds[v[b + 2]], required: v[b + 3], met: v[b + 4] === 1 };
}

// The decision the module wrote into its answer buffer.
function decisionFromOut() {
  const v = answers();
  const nVotes = v[7];
  const votes = nVotes === 1 ? [voteAt(v, 9)] : [voteAt(v, 9), voteAt(v, 14)];
  const nRules = v[8];
  const r = 9 + 5 * nVotes;
  const all = codes.rules;
  const rules = new Array(nRules);
  for (let j = 0; j < nRules; j++) rules[j] = all[v[r + j]];
  return new BallotDecision(
    codes.ballots[v[1]],
    codes.outcomes[v[0]],
    rules,
    { official: v[2], exempt: v[3], exempt_attending: v[4], excluded: v[5], size: v[6] },
    votes,
  );
}

function ballotObject(ballot) {
  if (ballot === null || typeof ballot !== "object" || Array.isArray(ballot)) throw argumentError("ballot", ballot, "object");
}

const LISTING_FIELDS = "official, exempt, exemptAttending, excluded, yes";
const SCREENING_FIELDS = "official, exempt, exemptAttending, excluded, progressYes, removalYes";

/**
 * Decides the listing ballot of Step 1 (S1.3, E1, E2, E4, E5, T1).
 * @param {{official: number, exempt: number, exemptAttending?: number, excluded?: number, yes: number}} ballot
 */
function decideListing(ballot) {
  const g = loaded();
  ballotObject(ballot);
  for (const k in ballot) {
    if (k !== "official" && k !== "exempt" && k !== "exemptAttending" && k !== "excluded" && k !== "yes") {
      throw argumentError(`ballot.${k}`, LISTING_FIELDS, "known");
    }
  }
  const official = counted("ballot.official", ballot.official);
  const exempt = counted("ballot.exempt", ballot.exempt);
  const attending = ballot.exemptAttending === undefined ? 0 : counted("ballot.exemptAttending", ballot.exemptAttending);
  const excluded = ballot.excluded === undefined ? 0 : counted("ballot.excluded", ballot.excluded);
  const yes = counted("ballot.yes", ballot.yes);
  let done;
  try {
    done = g.decide_listing(official, exempt, attending, excluded, yes);
  } catch (cause) {
    throw recover(cause);
  }
  if (!done) throw lastError();
  return decisionFromOut();
}

/**
 * Decides the two screening ballots of Step 3 (S3.1–S3.4, I1, I2, E1, E2, E4, E5, T1, T2).
 * @param {{official: number, exempt: number, exemptAttending?: number, excluded?: number, progressYes: number, removalYes: number}} ballot
 */
function decideScreening(ballot) {
  const g = loaded();
  ballotObject(ballot);
  for (const k in ballot) {
    if (k !== "official" && k !== "exempt" && k !== "exemptAttending" && k !== "excluded" && k !== "progressYes" && k !== "removalYes") {
      throw argumentError(`ballot.${k}`, SCREENING_FIELDS, "known");
    }
  }
  const official = counted("ballot.official", ballot.official);
  const exempt = counted("ballot.exempt", ballot.exempt);
  const attending = ballot.exemptAttending === undefined ? 0 : counted("ballot.exemptAttending", ballot.exemptAttending);
  const excluded = ballot.excluded === undefined ? 0 : counted("ballot.excluded", ballot.excluded);
  const progress = counted("ballot.progressYes", ballot.progressYes);
  const removal = counted("ballot.removalYes", ballot.removalYes);
  let done;
  try {
    done = g.decide_screening(official, exempt, attending, excluded, progress, removal);
  } catch (cause) {
    throw recover(cause);
  }
  if (!done) throw lastError();
  return decisionFromOut();
}

// ---------------------------------------------------------------- reports

/** One event of the history: what it decided, by which rules; the words on demand. */
class Entry {
  /** @type {(index: number, lang: string) => string} */
  #explainer;

  // Read from the module's answer (src/lean.rs: index, type, date, by, state,
  // cycle, rules, screening_from, has note, has ballot, the ballot).
  constructor(r, explainer) {
    const v = r.v;
    let p = r.p;
    this.index = v[p];
    this.type = codes.events[v[p + 1]];
    this.date = dayOf(v[p + 2]);
    this.by = codes.bodies[v[p + 3]];
    this.state = codes.states[v[p + 4]];
    this.cycle = v[p + 5];
    r.p = p + 6;
    this.rules = readRules(r);
    p = r.p;
    const from = v[p];
    const hasNote = v[p + 1];
    const hasBallot = v[p + 2];
    r.p = p + 3;
    if (hasBallot === 1) this.ballot = readBallot(r);
    if (from !== 0) this.screening_from = dayOf(from);
    if (hasNote === 1) this.note = r.notes[r.k++];
    this.#explainer = explainer;
  }

  /** The event's decision in words, in `lang` ("vi" or "en"), from the core. */
  explain(lang = "vi") {
    return this.#explainer(this.index, language(lang));
  }

  /** The decision in words in both languages (computed when read). */
  get explanation() {
    return { vi: this.explain("vi"), en: this.explain("en") };
  }

  /** The JSON of the core's Entry, explanation included. */
  toJSON() {
    const json = { index: this.index, type: this.type, date: this.date, by: this.by, state: this.state, cycle: this.cycle, rules: this.rules };
    if (this.ballot !== undefined) json.ballot = this.ballot.toJSON();
    if (this.screening_from !== undefined) json.screening_from = this.screening_from;
    if (this.note !== undefined) json.note = this.note;
    json.explanation = this.explanation;
    return json;
  }
}

// `yyyymmdd` as `YYYY-MM-DD` (0: none).
const PAD = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
function dayOf(n) {
  return n === 0 ? null : `${(n / 10000) | 0}-${PAD[((n / 100) | 0) % 100]}-${PAD[n % 100]}`;
}

// The numbers of the module's last report or entry, read in place, with the
// strings it answered: a reader for the functions below (src/lean.rs has the layout).
function reader(strings) {
  const [head, notes] = JSON.parse(strings);
  return { v: new Uint32Array(memory.buffer, glue.wire_ptr(), glue.wire_len()), p: 0, head, notes, k: 0 };
}

function readRules(r) {
  const v = r.v;
  const all = codes.rules;
  const n = v[r.p++];
  const rules = [];
  for (let i = 0; i < n; i++) rules.push(all[v[r.p++]]);
  return rules;
}

function readBallot(r) {
  const v = r.v;
  const ballot = codes.ballots[v[r.p]];
  const outcome = codes.outcomes[v[r.p + 1]];
  r.p += 2;
  const rules = readRules(r);
  let p = r.p;
  const electorate = { official: v[p], exempt: v[p + 1], exempt_attending: v[p + 2], excluded: v[p + 3], size: v[p + 4] };
  const n = v[p + 5];
  p += 6;
  const votes = [];
  for (let i = 0; i < n; i++) {
    const question = codes.questions[v[p]];
    const yes = v[p + 1];
    const threshold = codes.thresholds[v[p + 2]];
    const required = v[p + 3];
    const met = v[p + 4] === 1;
    if (v[p + 5] === 1) {
      votes.push({ question, yes, ballots: { issued: v[p + 6], returned: v[p + 7], invalid: v[p + 8] }, threshold, required, met });
      p += 9;
    } else {
      votes.push({ question, yes, threshold, required, met });
      p += 6;
    }
  }
  r.p = p;
  return new BallotDecision(ballot, outcome, rules, electorate, votes);
}

// A report from the module's answer (the strings it returned, the numbers in place).
function reportOf(strings, explainer) {
  const r = reader(strings);
  const v = r.v;
  const [member, branch, mentor] = r.head;
  const state = codes.states[v[0]];
  const step = v[1] === 0 ? null : v[1];
  const cycle = v[2];
  const screeningFrom = dayOf(v[3]);
  const version = v[4];
  const nNext = v[5];
  r.p = 6;
  const next = [];
  for (let i = 0; i < nNext; i++) {
    const type = codes.events[v[r.p]];
    const nBy = v[r.p + 1];
    r.p += 2;
    const by = [];
    for (let j = 0; j < nBy; j++) by.push(codes.bodies[v[r.p++]]);
    const from = v[r.p++];
    next.push(from === 0 ? { type, by } : { type, by, from: dayOf(from) });
  }
  const nHistory = v[r.p++];
  const history = [];
  for (let i = 0; i < nHistory; i++) history.push(new Entry(r, explainer));
  return { member, branch, state, step, cycle, screening_from: screeningFrom, mentor, version, next, history };
}

// Explains the entries of a case file's text: once per language, on demand.
function fileExplainer(text) {
  const cache = { vi: null, en: null };
  return (index, lang) => {
    if (cache[lang] === null) {
      const all = guard(() => loaded().replay_explanations(text, lang));
      if (all === undefined) throw lastError();
      cache[lang] = JSON.parse(all);
    }
    return cache[lang][index];
  };
}

// A refused replay's error, with the report of the case before the event.
function replayError(text) {
  const e = lastError();
  if (e.at !== undefined) {
    const before = guard(() => glue.replay_before(text));
    if (before !== undefined) e.report = reportOf(before, fileExplainer(text));
  }
  return e;
}

/**
 * Reads and replays a case file and reports it.
 * @param {string | object} caseFile JSON text or the parsed object
 */
function replay(caseFile) {
  const g = loaded();
  const text = toText(caseFile, "caseFile");
  const answer = guard(() => g.replay(text));
  if (answer === undefined) throw replayError(text);
  return reportOf(answer, fileExplainer(text));
}

/** The labels of every code, in Vietnamese and English (a fresh copy each call). */
function labels() {
  cachedLabels ??= guard(() => loaded().labels());
  return JSON.parse(cachedLabels);
}

/** The payload fields of each event type (a fresh copy each call). */
function payloadFields() {
  cachedPayloadFields ??= guard(() => loaded().payload_fields());
  return JSON.parse(cachedPayloadFields);
}

/**
 * The event types someone is awaited to record when they are allowed: every one
 * but `case_closed` and `mentor_reassigned` (the core's `EventType::is_awaited`).
 * "What is due" lists only these of a case's `next`.
 */
function awaitedEvents() {
  cachedAwaited ??= guard(() => loaded().awaited_events());
  return JSON.parse(cachedAwaited);
}

/**
 * A `YYYY-MM-DD` date as prose writes it: `04/3/2024` in Vietnamese, `4 March 2024`
 * in English (the core's words; ISO dates stay in JSON). A text that is not such a
 * date is a `malformed` ScreeningError naming `date`.
 */
function formatDate(date, lang = "vi") {
  language(lang);
  const text = typeof date === "string" ? guard(() => loaded().prose_date(date, lang)) : "";
  if (text === "") throw argumentError("date", date, "date");
  return text;
}

// ---------------------------------------------------------------- Case

const secret = Symbol("screening.case");

/**
 * One member's case. It lives in the WebAssembly module: applying an event
 * costs that event. The events it was built from are kept here too, so that
 * after a trap (which starts a fresh module) the case is rebuilt: nothing is
 * lost. Call free() (or `using`) to release it at once; otherwise it is
 * released when garbage-collected.
 */
class Case {
  /** @type {any} the module's WasmCase */
  #handle = null;
  /** The module instance the handle belongs to. */
  #epoch = 0;
  /** The case file it started from (JSON text). */
  #base;
  /** The events applied since (JSON text each, as accepted). */
  #applied = [];
  #version = 0;
  #state = "new";
  #freed = false;

  /**
   * A new case with no events.
   * @param {{member: object, branch: object}} init
   */
  constructor(init) {
    const g = loaded();
    if (init !== null && typeof init === "object" && init[secret] !== undefined) {
      this.#base = init[secret].text;
      this.#handle = init[secret].handle;
      this.#epoch = epoch;
      this.#version = this.#handle.version();
      this.#state = this.#handle.state();
      return;
    } else {
      if (init === null || typeof init !== "object" || Array.isArray(init)) throw argumentError("init", init, "object");
      const args = toText(init, "init");
      const handle = guard(() => g.WasmCase.create(args));
      if (handle === undefined) throw lastError();
      this.#base = handle.file();
      handle.free();
    }
    this.#rebuild();
  }

  // (Re)builds the module's case from the file it started from and the events since.
  #rebuild() {
    if (this.#freed) throw new Error("screening: this Case was freed");
    if (this.#handle !== null && this.#epoch === epoch) return this.#handle;
    const g = loaded();
    const handle = guard(() => g.WasmCase.open(this.#base));
    if (handle === undefined) throw lastError();
    for (const event of this.#applied) {
      if (guard(() => handle.apply(event, undefined)) === undefined) throw lastError();
    }
    this.#handle = handle;
    this.#epoch = epoch;
    this.#version = handle.version();
    this.#state = handle.state();
    return handle;
  }

  /**
   * Reads and replays a case file. A refused event throws ScreeningError with
   * `at`, `state` and the `report` of the case before it.
   * @param {string | object} caseFile
   */
  static fromJSON(caseFile) {
    const g = loaded();
    const text = toText(caseFile, "caseFile");
    const handle = guard(() => g.WasmCase.open(text));
    if (handle === undefined) throw replayError(text);
    return new Case({ [secret]: { text, handle } });
  }

  /**
   * Applies one event and returns its history entry; a refused event throws
   * ScreeningError (with `at` and `state`) and leaves the case as it was.
   * @param {string | object} event
   * @param {number} [expectedVersion] refuse with `stale_case` unless the case is at this version
   */
  apply(event, expectedVersion) {
    const handle = this.#rebuild();
    const text = toText(event, "event");
    let expected;
    if (expectedVersion !== undefined && expectedVersion !== null) expected = counted("expectedVersion", expectedVersion);
    let answer;
    try {
      answer = handle.apply(text, expected);
    } catch (cause) {
      throw recover(cause);
    }
    if (answer === undefined) throw lastError();
    this.#applied.push(text);
    const entry = new Entry(reader(answer), this.#explainer);
    this.#version = entry.index + 1;
    this.#state = entry.state;
    return entry;
  }

  #explainer = (index, lang) => {
    const handle = this.#rebuild();
    const text = guard(() => handle.explain(index, lang));
    if (text === undefined) throw lastError();
    return text;
  };

  /** The events that may be recorded now, with their bodies and, for screening, the earliest date. */
  next() {
    const handle = this.#rebuild();
    return JSON.parse(guard(() => handle.next()));
  }

  /** The report: state, step, cycle, screening date, next events and the history (explained on demand). */
  report() {
    const handle = this.#rebuild();
    return reportOf(guard(() => handle.report()), this.#explainer);
  }

  /** The case file (for JSON.stringify). */
  toJSON() {
    const handle = this.#rebuild();
    return JSON.parse(guard(() => handle.file()));
  }

  /** The number of events applied. */
  get version() {
    return this.#version;
  }

  /** The current state. */
  get state() {
    return this.#state;
  }

  /** Releases the case's memory in the module now; the case cannot be used afterwards. */
  free() {
    if (this.#freed) return;
    this.#freed = true;
    if (this.#handle !== null && this.#epoch === epoch) {
      try {
        this.#handle.free();
      } catch {
        // a handle of a module that was reset: nothing to release
      }
    }
    this.#handle = null;
  }
}

// `using c = Case.fromJSON(...)` frees the case at the end of the block.
if (typeof Symbol.dispose === "symbol") {
  Object.defineProperty(Case.prototype, Symbol.dispose, {
    value: function dispose() {
      this.free();
    },
    writable: true,
    configurable: true,
  });
}

/**
 * For the package's tests only (not exported by the entries): makes the module
 * trap, as a panic would, through the same path as every call.
 */
function _trapForTests() {
  const g = loaded();
  return guard(() => g.trap_for_tests());
}

export {
  connect,
  isConnected,
  errorOf,
  show,
  replacer,
  ScreeningError,
  MalformedError,
  UnsupportedFormatError,
  WrongStateError,
  WrongBodyError,
  DateOrderError,
  TooEarlyError,
  InvalidElectorateError,
  InvalidTallyError,
  ConflictingBallotsError,
  InvalidMentorError,
  InvalidOutcomeError,
  MissingCriteriaError,
  StaleCaseError,
  InternalError,
  BallotDecision,
  Entry,
  Case,
  decideListing,
  decideScreening,
  replay,
  labels,
  payloadFields,
  awaitedEvents,
  formatDate,
  _trapForTests,
};
