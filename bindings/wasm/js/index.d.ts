// The public API of `screening`, for Node (node.js) and browsers/bundlers (index.js).
import type {
  BallotDecision,
  Bilingual,
  Branch,
  CaseFile,
  Entry,
  ErrorReport,
  Event,
  Labels,
  Lang,
  ListingBallot,
  Member,
  NewCase,
  NextEvent,
  PayloadFields,
  Report,
  ScreeningBallot,
  ScreeningErrorCode,
  StateName,
} from "./types.js";

export type * from "./types.js";

/**
 * A refusal or an error of the library. Never a string: always this class,
 * with the stable `code` and the message in both languages.
 */
export declare class ScreeningError extends Error {
  /** Not constructed by users: the library throws it. */
  private constructor(report: ErrorReport, options?: { cause?: unknown });
  readonly name: "ScreeningError";
  /** The stable code; `internal` if the module trapped (it was reset: retry). */
  readonly code: ScreeningErrorCode;
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

/**
 * Reads and replays a case file and reports it.
 * @param caseFile the case file as JSON text, or as an object
 * @throws ScreeningError: `malformed`, `unsupported_format`, or the refused event's code with `at`, `state` and `report`
 */
export declare function replay(caseFile: string | CaseFile): Report;

/**
 * Decides the listing ballot of Step 1 (S1.3, E1, E2, E4, T1).
 * @throws ScreeningError: `invalid_electorate`, `invalid_tally`, or `malformed` for counts that are not whole numbers from 0 to 4294967295
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

/** One member's case, built event by event or read from its file. */
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
   * Applies one event and returns its explained history entry. A refused event
   * throws ScreeningError with `at` and `state`, and leaves the case as it was.
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
}

export type { BallotDecision, Bilingual, Branch, Entry, Event, Member, NextEvent, Report };
