// The public API of `screening`: the same for every entry (Node import and
// require, browsers and bundlers, `screening/auto`).
import type {
  BallotDecisionJSON,
  BallotKind,
  Bilingual,
  Body,
  CaseFile,
  DateString,
  Electorate,
  EntryJSON,
  ErrorReport,
  Event,
  EventType,
  Labels,
  Lang,
  ListingBallot,
  NewCase,
  NextEvent,
  Outcome,
  PayloadFields,
  ReportData,
  RuleId,
  ScreeningBallot,
  ScreeningErrorCode,
  StateName,
  Vote,
} from "./types.js";

export type * from "./types.js";

/**
 * Loads the WebAssembly module; call it once before anything else in a browser
 * (later calls return at once). In Node it does nothing: the module is loaded
 * on import. `screening/auto` calls it for you (with top-level await).
 * @param wasm where the .wasm is, or its bytes or compiled module (default: the
 *   `web/screening_wasm_bg.wasm` of the package, found with `import.meta.url`)
 */
export declare function init(wasm?: WasmSource): Promise<void>;

/** Loads the WebAssembly module synchronously from its bytes or a compiled `WebAssembly.Module`. */
export declare function initSync(wasm: ArrayBuffer | ArrayBufferView | object): void;

/**
 * Where init() finds the .wasm: its URL (a string or a `URL`), a `Response` or
 * a promise of one, its bytes, or a compiled `WebAssembly.Module`. (Written
 * without DOM types, so that the declarations check under any `lib`.)
 */
export type WasmSource = string | ArrayBuffer | ArrayBufferView | object;

/**
 * A refusal or an error of the library. Never a string: always a subclass of
 * this class, one per stable `code`, with the message in both languages. A bad
 * argument is `malformed` and its message names the argument or field
 * (`ballot.official: -1 is not a count from 0 to 4294967295`).
 */
export declare class ScreeningError extends Error {
  /** Not constructed by users: the library throws it. */
  protected constructor(report: ErrorReport, options?: { cause?: unknown });
  /** The class's name, e.g. `InvalidTallyError`. */
  readonly name: string;
  /** The stable code; `internal` if the module trapped (it was reset: retry). */
  readonly code: ScreeningErrorCode;
  /**
   * For `malformed`: the argument or the field at fault, as a path
   * (`ballot.official`, `events[3].electorate.official`, `event.mentor.id`);
   * the messages start with it.
   */
  readonly path?: string;
  /** For a refused event: its 0-based index. */
  readonly at?: number;
  /** For a refused event: the state the case stays in. */
  readonly state?: StateName;
  /** The message in Vietnamese. */
  readonly messageVi: string;
  /** The message in English (also `message`). */
  readonly messageEn: string;
  /** For a refused replay: the case as it stands before the refused event. */
  readonly report?: Report;
  /** The message in `lang`. */
  messageIn(lang: Lang): string;
}
/** `malformed`: input that is not what the API or the case format takes. */
export declare class MalformedError extends ScreeningError { readonly code: "malformed"; }
export declare class UnsupportedFormatError extends ScreeningError { readonly code: "unsupported_format"; }
export declare class WrongStateError extends ScreeningError { readonly code: "wrong_state"; }
export declare class WrongBodyError extends ScreeningError { readonly code: "wrong_body"; }
export declare class DateOrderError extends ScreeningError { readonly code: "date_order"; }
export declare class TooEarlyError extends ScreeningError { readonly code: "too_early"; }
export declare class InvalidElectorateError extends ScreeningError { readonly code: "invalid_electorate"; }
export declare class InvalidTallyError extends ScreeningError { readonly code: "invalid_tally"; }
export declare class ConflictingBallotsError extends ScreeningError { readonly code: "conflicting_ballots"; }
export declare class InvalidMentorError extends ScreeningError { readonly code: "invalid_mentor"; }
export declare class InvalidOutcomeError extends ScreeningError { readonly code: "invalid_outcome"; }
export declare class MissingCriteriaError extends ScreeningError { readonly code: "missing_criteria"; }
export declare class StaleCaseError extends ScreeningError { readonly code: "stale_case"; }
/** The module trapped (it never should); it was reset and nothing was lost: retry. */
export declare class InternalError extends ScreeningError { readonly code: "internal"; }

/** A ballot decision: what was decided, by which rules, on which numbers. The words on demand. */
export declare class BallotDecision {
  private constructor();
  readonly ballot: BallotKind;
  readonly outcome: Outcome;
  /** The rule IDs applied. */
  readonly rules: RuleId[];
  /** The electorate, `size` being E. */
  readonly electorate: Electorate;
  /** One for listing; progress then removal for screening. */
  readonly votes: Vote[];
  /** The decision in words, from the core (Vietnamese by default). */
  explain(lang?: Lang): string;
  /** The decision in words in both languages, computed when read. */
  readonly explanation: Bilingual;
  /** The core's JSON shape, explanation included. */
  toJSON(): BallotDecisionJSON;
}

/** One event of the history: what it decided and by which rules. The words on demand. */
export declare class Entry {
  private constructor();
  /** The 0-based index. */
  readonly index: number;
  readonly type: EventType;
  readonly date: DateString;
  readonly by: Body;
  /** The state after it. */
  readonly state: StateName;
  /** The cycle after it. */
  readonly cycle: number;
  readonly rules: RuleId[];
  /** For `listing_voted` and `screening_voted`. */
  readonly ballot?: BallotDecision;
  /** The earliest screening date of a cycle the event starts. */
  readonly screening_from?: DateString;
  readonly note?: string;
  /** The event's decision in words, from the core (Vietnamese by default). */
  explain(lang?: Lang): string;
  /** In both languages, computed when read. */
  readonly explanation: Bilingual;
  /** The core's JSON shape, explanation included. */
  toJSON(): EntryJSON;
}

/** Where a case stands, what may happen next, and every decision (`JSON.stringify` gives the core's Report). */
export interface Report extends ReportData {
  history: Entry[];
}

/**
 * Reads and replays a case file and reports it.
 * @param caseFile the case file as JSON text, or as an object
 * @throws ScreeningError: `malformed`, `unsupported_format`, or the refused event's code with `at`, `state` and `report`
 */
export declare function replay(caseFile: string | CaseFile): Report;

/**
 * Decides the listing ballot of Step 1 (S1.3, E1, E2, E4, T1).
 * @throws ScreeningError: `invalid_electorate`, `invalid_tally`, or `malformed` naming the count that is not a whole number from 0 to 4294967295
 */
export declare function decideListing(ballot: ListingBallot): BallotDecision;

/**
 * Decides the two screening ballots of Step 3 (S3.1–S3.4, I1, I2, E1, E2, E4, T1, T2).
 * @throws ScreeningError: `invalid_electorate`, `invalid_tally`, `conflicting_ballots`, or `malformed`
 */
export declare function decideScreening(ballot: ScreeningBallot): BallotDecision;

/** The labels of every code in Vietnamese and English, from the core. */
export declare function labels(): Labels;

/** The payload fields of each event type, from the core. */
export declare function payloadFields(): PayloadFields;

/** The event types someone is awaited to record when allowed: all but `case_closed` and `mentor_reassigned`. */
export declare function awaitedEvents(): EventType[];

/**
 * A `YYYY-MM-DD` date as prose writes it: `04/3/2024` (Vietnamese, the default) or
 * `4 March 2024` (English). @throws ScreeningError `malformed` for another text.
 */
export declare function formatDate(date: string, lang?: "vi" | "en"): string;

/**
 * One member's case, built event by event or read from its file. It lives in
 * the WebAssembly module: `apply` costs one event. Release it with `free()`
 * (or `using c = …`); otherwise it is released when garbage-collected.
 */
export declare class Case {
  /**
   * A new case with no events (state `new`).
   * @throws ScreeningError `malformed` for a member or branch that is not valid
   */
  constructor(init: NewCase);
  /**
   * Reads and replays a case file.
   * @throws ScreeningError as replay()
   */
  static fromJSON(caseFile: string | CaseFile): Case;
  /**
   * Applies one event and returns its history entry. A refused event throws
   * ScreeningError with `at` and `state`, and leaves the case as it was.
   * @param expectedVersion refuse with `stale_case` unless the case is at this version
   */
  apply(event: string | Event, expectedVersion?: number): Entry;
  /** The events that may be recorded now. */
  next(): NextEvent[];
  /** The report of the case. */
  report(): Report;
  /** The case file. */
  toJSON(): CaseFile;
  /** The number of events applied. */
  readonly version: number;
  /** The current state. */
  readonly state: StateName;
  /**
   * Releases the case's memory in the module now; the case cannot be used
   * afterwards. Where `Symbol.dispose` exists, `using c = …` calls it.
   */
  free(): void;
}
