// The API of `screening/documents`: the papers a branch prints and signs
// (docs/documents.md), in their own WebAssembly modules, loaded only when asked.
import { ScreeningError } from "./index.js";
import type { Case, WasmSource } from "./index.js";
import type { CaseFile } from "./types.js";

export { ScreeningError } from "./index.js";

/**
 * The document context (`screening-context/1`, docs/documents.md): the facts
 * the case file does not hold (names, posts, the meeting, the tellers). Every
 * field but `format` is optional; what is missing prints as a dotted blank.
 */
export interface DocumentContext {
  format: "screening-context/1";
  /** The place name of the place-and-date line. */
  place?: string;
  /** The party organisation above the branch ("Đảng bộ …"). */
  party_committee?: string;
  /** The branch secretary's name. */
  secretary?: string;
  /** By id in the case (the member, the mentors). */
  people?: { [id: string]: Person };
  /** One per ballot event. */
  meetings?: Meeting[];
}

/** A person of the document context. */
export interface Person {
  name?: string;
  /** The year of birth. */
  born?: number;
  /** `YYYY-MM-DD`. */
  joined?: string;
  /** `YYYY-MM-DD`. */
  official?: string;
  post?: string;
  unit?: string;
}

/** The meeting of one ballot event. */
export interface Meeting {
  /** The event's 0-based index in the case file. */
  event: number;
  /** `HH:MM`. */
  start?: string;
  /** `HH:MM`. */
  end?: string;
  place?: string;
  chair?: string;
  /** Who kept the minutes (thư ký). */
  recorder?: string;
  tellers?: { head?: string; members?: string[] };
  /** Official members of the ballot's base who attended. */
  present?: number;
  /** Probationary members of the branch (they do not vote). */
  probationary?: number;
}

/** A case file as the documents take it: JSON text, the parsed object, or a `Case` of the main entry (its file). */
export type CaseSource = string | CaseFile | Case;

/** The format of a document: a page for the browser's print dialog, Markdown, or Word. */
export type DocumentFormat = "html" | "md" | "docx";

/** The options of a document. */
export interface DocumentOptions<F extends DocumentFormat = DocumentFormat> {
  /** The event's 0-based index (default: the case's last ballot; for a resolution, its last mentor assignment or screening ballot). */
  event?: number;
  /** The document context, as JSON text or an object. */
  context?: string | DocumentContext;
  /** `html` (the default) and `md` give a string; `docx` a `Uint8Array` (and needs `initDocx()` in browsers). */
  format?: F;
  /** The explanation sheet (the rule IDs and numbers behind each figure) instead of the document to sign. */
  explain?: boolean;
}

/** What a document is in `F`. */
export type DocumentOutput<F extends DocumentFormat> = F extends "docx" ? Uint8Array : string;

/**
 * Loads the HTML and Markdown module (browsers; once). Does nothing in Node.
 * @param wasm its URL, bytes or compiled module (default: `web/screening_documents_bg.wasm` of the package)
 */
export declare function init(wasm?: WasmSource): Promise<void>;

/**
 * Loads the `.docx` module (browsers; once; about four times larger, and it
 * also makes HTML and Markdown). Does nothing in Node, where it loads on the
 * first `.docx`.
 * @param wasm its URL, bytes or compiled module (default: `web/screening_documents_docx_bg.wasm` of the package)
 */
export declare function initDocx(wasm?: WasmSource): Promise<void>;

/** Loads the HTML and Markdown module synchronously from its bytes or a compiled module. */
export declare function initSync(wasm: ArrayBuffer | ArrayBufferView | object): void;

/** Loads the `.docx` module synchronously from its bytes or a compiled module. */
export declare function initDocxSync(wasm: ArrayBuffer | ArrayBufferView | object): void;

/**
 * The vote-count record (biên bản kiểm phiếu) of a ballot of the case.
 * @throws ScreeningError: the case file's own codes (`malformed`, `wrong_state`, …), `no_such_event`, `not_a_ballot`, `no_ballot`, `malformed_context`, `inconsistent_context`
 */
export declare function voteRecord<F extends DocumentFormat = "html">(caseFile: CaseSource, options?: DocumentOptions<F>): DocumentOutput<F>;

/**
 * The list sent up for approval (danh sách) of one branch: each case's last ballot, or the ballot at `event` of a single case.
 * @throws ScreeningError: as voteRecord, and `no_cases`, `event_with_several_cases`, `mixed_branches`, `mixed_lists`, `not_on_a_list`; a case's error has `path` `cases[i]…`
 */
export declare function approvalList<F extends DocumentFormat = "html">(cases: CaseSource | CaseSource[], options?: DocumentOptions<F>): DocumentOutput<F>;

/**
 * The branch's resolution (nghị quyết): assigning a mentor, or after the screening ballots.
 * @throws ScreeningError: as voteRecord, and `not_a_resolution`
 */
export declare function resolution<F extends DocumentFormat = "html">(caseFile: CaseSource, options?: DocumentOptions<F>): DocumentOutput<F>;

/** `malformed_context`: the document context is refused (`path` names the value). */
export declare class MalformedContextError extends ScreeningError { readonly code: "malformed_context"; }
/** `no_such_event`: the index is past the events the case has applied. */
export declare class NoSuchEventError extends ScreeningError { readonly code: "no_such_event"; }
/** `not_a_ballot`: a vote-count record or a list for an event that is not a ballot. */
export declare class NotABallotError extends ScreeningError { readonly code: "not_a_ballot"; }
/** `no_ballot`: no event named, and the case has no ballot (or no resolution) yet. */
export declare class NoBallotError extends ScreeningError { readonly code: "no_ballot"; }
/** `not_on_a_list`: the ballot's outcome goes on no list. */
export declare class NotOnAListError extends ScreeningError { readonly code: "not_on_a_list"; }
/** `not_a_resolution`: an event the branch does not resolve on. */
export declare class NotAResolutionError extends ScreeningError { readonly code: "not_a_resolution"; }
/** `no_cases`: a list of no case. */
export declare class NoCasesError extends ScreeningError { readonly code: "no_cases"; }
/** `event_with_several_cases`: `event` given for a list of several cases. */
export declare class EventWithSeveralCasesError extends ScreeningError { readonly code: "event_with_several_cases"; }
/** `mixed_branches`: a list's cases are of different branches. */
export declare class MixedBranchesError extends ScreeningError { readonly code: "mixed_branches"; }
/** `mixed_lists`: a list's cases go on different lists. */
export declare class MixedListsError extends ScreeningError { readonly code: "mixed_lists"; }
/** `inconsistent_context`: the context says more members were present than the ballot's base. */
export declare class InconsistentContextError extends ScreeningError { readonly code: "inconsistent_context"; }
/** `write_failed`: the `.docx` package could not be written. */
export declare class WriteFailedError extends ScreeningError { readonly code: "write_failed"; }
/** `format_unavailable`: a format this module does not write. */
export declare class FormatUnavailableError extends ScreeningError { readonly code: "format_unavailable"; }
