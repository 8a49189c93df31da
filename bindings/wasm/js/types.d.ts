// The JSON shapes of screening-core, exactly as its serde types write and read
// them (shared/spec/CASE-FORMAT.md). Field names are those of the case format.

/** A calendar date `YYYY-MM-DD` (a case file's dates: years 1900 to 9998). */
export type DateString = string;

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** A language of labels and messages: Vietnamese (the default) or English. */
export type Lang = keyof Bilingual;

/** The state of a case (`StateName`). */
export type StateName =
  | "new"
  | "flagged"
  | "awaiting_direction"
  | "awaiting_listing_vote"
  | "awaiting_listing_review"
  | "listed"
  | "awaiting_self_criticism"
  | "awaiting_mentor"
  | "under_monitoring"
  | "awaiting_progress_review"
  | "awaiting_continuation_review"
  | "awaiting_grassroots_resolution"
  | "referred_to_bloc"
  | "under_verification"
  | "awaiting_removal_decision"
  | "not_listed"
  | "progress_recognized"
  | "struck_off"
  | "expelled"
  | "closed";

/** The step of an open state: 1 review, 2 educate, 3 screen, 4 remove. */
export type Step = 1 | 2 | 3 | 4;

/** The type of an event (`EventType`). */
export type EventType =
  | "flagged"
  | "direction_requested"
  | "direction_given"
  | "listing_voted"
  | "listing_reviewed"
  | "member_notified"
  | "self_criticism_submitted"
  | "mentor_assigned"
  | "mentor_reassigned"
  | "screening_voted"
  | "decision_reviewed"
  | "removal_resolved"
  | "verification_ordered"
  | "verification_concluded"
  | "removal_decided"
  | "case_closed";

/** A body that records events (A1). */
export type Body =
  | "branch"
  | "branch_committee"
  | "branch_secretary"
  | "member"
  | "grassroots_committee"
  | "bloc_standing_committee"
  | "bloc_inspection_committee";

export type BranchKind = "under_grassroots_committee" | "grassroots";
export type MemberStatus = "official" | "probationary";
export type Criterion =
  | "two_years_not_completed"
  | "reoffended_under_discipline"
  | "degradation"
  | "example_or_prohibition"
  | "other";
export type MentorRole = "committee_member" | "member";
export type RemovalOutcome = "struck_off" | "expelled" | "continue_education";
export type CloseReason = "deceased" | "transferred" | "other";

/** What a ballot decides. */
export type Outcome = "listed" | "not_listed" | "continue_education" | "progress_recognized" | "removal_proposed";
export type BallotKind = "listing" | "screening";
export type Question = "listing" | "progress" | "removal";
/** T1: two thirds or more; T2: one half or more. */
export type Threshold = "T1" | "T2";

/** A rule ID of shared/spec/RULES.md. */
export type RuleId =
  | "E1" | "E2" | "E3" | "E4" | "E5" | "E6"
  | "T1" | "T2"
  | "S1.1" | "S1.2" | "S1.3" | "S1.4"
  | "S2.1" | "S2.2" | "S2.3"
  | "S3.1" | "S3.2" | "S3.3" | "S3.4"
  | "S4.1" | "S4.2" | "S4.3"
  | "A1" | "A2"
  | "D1" | "D2"
  | "I1" | "I2" | "I3" | "I4" | "I5" | "I6" | "I7";

/** The stable error codes of the core. */
export type ErrorCode =
  | "malformed"
  | "unsupported_format"
  | "wrong_state"
  | "wrong_body"
  | "date_order"
  | "too_early"
  | "invalid_electorate"
  | "invalid_tally"
  | "conflicting_ballots"
  | "invalid_mentor"
  | "invalid_outcome"
  | "missing_criteria"
  | "stale_case";

/** An error code of this package: the core's, or `internal` when the module traps. */
export type ScreeningErrorCode = ErrorCode | DocumentErrorCode | "internal";

/** The codes `screening/documents` adds (docs/documents.md). */
export type DocumentErrorCode =
  | "malformed_context"
  | "no_such_event"
  | "not_a_ballot"
  | "no_ballot"
  | "not_on_a_list"
  | "not_a_resolution"
  | "no_cases"
  | "event_with_several_cases"
  | "mixed_branches"
  | "mixed_lists"
  | "inconsistent_context"
  | "write_failed"
  | "format_unavailable";

// ------------------------------------------------------------------ case file

export interface Member {
  /** Non-empty. */
  id: string;
  status: MemberStatus;
}

export interface Branch {
  /** Non-empty. */
  id: string;
  kind: BranchKind;
  has_committee: boolean;
  /**
   * The names that messages and documents use for the bodies, by body code
   * (any of the seven; `{}` is allowed). Bodies not named keep the circular's
   * names. Names change no decision.
   */
  names?: Names;
}

/** Display names of the bodies: body code → name (up to 200 characters, the rules of ids). */
export type Names = Partial<Record<Body, string>>;

export interface Mentor {
  /** Non-empty; never the member (S2.2). */
  id: string;
  role: MentorRole;
}

/** The counts recorded for a ballot (E1–E5): whole numbers from 0 to 4294967295. */
export interface Counts {
  official: number;
  exempt: number;
  /** Exempted members attending and voting (E2). Default 0. */
  exempt_attending?: number;
  /** Official members left out of the base (E5: suspended, prosecuted, in custody, or attending another branch). Default 0. */
  excluded?: number;
}

/** The tellers' count of one ballot (E6), all three fields required. */
export interface TellersCount {
  /** Ballots issued: only voters receive one. */
  issued: number;
  /** Ballots returned, at most those issued. */
  returned: number;
  /** Invalid ballots among those returned. */
  invalid: number;
}

interface EventBase<T extends EventType> {
  type: T;
  date: DateString;
  by: Body;
  /** Free text, kept as written. */
  note?: string;
}

export interface FlaggedEvent extends EventBase<"flagged"> {
  /** At least one (S1.1); codes may repeat. */
  criteria: Criterion[];
}
export type DirectionRequestedEvent = EventBase<"direction_requested">;
export interface DirectionGivenEvent extends EventBase<"direction_given"> {
  proceed: boolean;
}
export interface ListingVotedEvent extends EventBase<"listing_voted"> {
  electorate: Counts;
  yes: number;
  /** The tellers' count (E6), optional. */
  ballots?: TellersCount;
}
export interface ListingReviewedEvent extends EventBase<"listing_reviewed"> {
  approved: boolean;
}
export type MemberNotifiedEvent = EventBase<"member_notified">;
export type SelfCriticismSubmittedEvent = EventBase<"self_criticism_submitted">;
export interface MentorAssignedEvent extends EventBase<"mentor_assigned"> {
  mentor: Mentor;
}
export interface MentorReassignedEvent extends EventBase<"mentor_reassigned"> {
  mentor: Mentor;
}
export interface ScreeningVotedEvent extends EventBase<"screening_voted"> {
  electorate: Counts;
  progress_yes: number;
  removal_yes: number;
  /** The tellers' count of the progress ballot (E6), optional. */
  progress_ballots?: TellersCount;
  /** The tellers' count of the removal ballot (E6), optional; checked on its own. */
  removal_ballots?: TellersCount;
}
export interface DecisionReviewedEvent extends EventBase<"decision_reviewed"> {
  approved: boolean;
}
export interface RemovalResolvedEvent extends EventBase<"removal_resolved"> {
  forward: boolean;
}
export type VerificationOrderedEvent = EventBase<"verification_ordered">;
export interface VerificationConcludedEvent extends EventBase<"verification_concluded"> {
  violations_confirmed: boolean;
}
export interface RemovalDecidedEvent extends EventBase<"removal_decided"> {
  outcome: RemovalOutcome;
}
export interface CaseClosedEvent extends EventBase<"case_closed"> {
  reason: CloseReason;
}

/** One fact of a case: a flat object, discriminated by `type`. */
export type Event =
  | FlaggedEvent
  | DirectionRequestedEvent
  | DirectionGivenEvent
  | ListingVotedEvent
  | ListingReviewedEvent
  | MemberNotifiedEvent
  | SelfCriticismSubmittedEvent
  | MentorAssignedEvent
  | MentorReassignedEvent
  | ScreeningVotedEvent
  | DecisionReviewedEvent
  | RemovalResolvedEvent
  | VerificationOrderedEvent
  | VerificationConcludedEvent
  | RemovalDecidedEvent
  | CaseClosedEvent;

/** The payload fields an event type carries (besides type, date, by, note). */
export type PayloadField =
  | "criteria"
  | "proceed"
  | "electorate"
  | "yes"
  | "approved"
  | "mentor"
  | "progress_yes"
  | "removal_yes"
  | "ballots"
  | "progress_ballots"
  | "removal_ballots"
  | "forward"
  | "violations_confirmed"
  | "outcome"
  | "reason";

/** A case file, `screening-case/1`. */
export interface CaseFile {
  format: "screening-case/1";
  member: Member;
  branch: Branch;
  events: Event[];
}

/** What a new case starts from. */
export interface NewCase {
  member: Member;
  branch: Branch;
}

// ------------------------------------------------------------------ decisions

/** The electorate of a ballot; `size` is E = official − exempt + exempt_attending − excluded. */
export interface Electorate {
  official: number;
  exempt: number;
  exempt_attending: number;
  excluded: number;
  size: number;
}

/** One question's count, explained. */
export interface Vote {
  question: Question;
  yes: number;
  /** The tellers' count, if recorded (E6). */
  ballots?: TellersCount;
  threshold: Threshold;
  /** The smallest yes count that meets the threshold in this electorate. */
  required: number;
  met: boolean;
}

/** A ballot decision as JSON (the core's BallotDecision: `toJSON()` of the class). */
export interface BallotDecisionJSON {
  ballot: BallotKind;
  outcome: Outcome;
  rules: RuleId[];
  electorate: Electorate;
  /** One for listing; progress then removal for screening. */
  votes: Vote[];
  explanation: Bilingual;
}

/** The listing ballot's counts (whole numbers from 0 to 4294967295). */
export interface ListingBallot {
  official: number;
  exempt: number;
  /** Default 0. */
  exemptAttending?: number;
  /** Default 0 (E5). */
  excluded?: number;
  yes: number;
}

/** The screening ballots' counts (whole numbers from 0 to 4294967295). */
export interface ScreeningBallot {
  official: number;
  exempt: number;
  /** Default 0. */
  exemptAttending?: number;
  /** Default 0 (E5). */
  excluded?: number;
  progressYes: number;
  removalYes: number;
}

// --------------------------------------------------------------------- report

/** An event that may be recorded now. */
export interface NextEvent {
  type: EventType;
  /** The bodies that may record it (A1). */
  by: Body[];
  /** For `screening_voted`: the earliest date (D2). */
  from?: DateString;
}

/** One event of the history as JSON (the core's Entry: `toJSON()` of the class). */
export interface EntryJSON {
  index: number;
  type: EventType;
  date: DateString;
  by: Body;
  /** The state after it. */
  state: StateName;
  /** The cycle after it. */
  cycle: number;
  rules: RuleId[];
  /** For `listing_voted` and `screening_voted`. */
  ballot?: BallotDecisionJSON;
  /** The earliest screening date of a cycle the event starts. */
  screening_from?: DateString;
  note?: string;
  explanation: Bilingual;
}

/** A report as JSON (the core's Report; `JSON.stringify` of a report gives it). */
export interface ReportJSON extends Omit<ReportData, "history"> {
  history: EntryJSON[];
}

/** Where a case stands and what may happen next (the history aside). */
export interface ReportData {
  member: Member;
  branch: Branch;
  state: StateName;
  /** null for `new` and closed states. */
  step: Step | null;
  /** 0 before any mentor. */
  cycle: number;
  /** While `under_monitoring`. */
  screening_from: DateString | null;
  /** While in a monitoring cycle. */
  mentor: Mentor | null;
  /** The number of events applied. */
  version: number;
  next: NextEvent[];
}

/** A refusal as the core reports it. */
export interface ErrorReport {
  error: ErrorCode;
  /** The refused event's index (absent for a file that cannot be read). */
  at?: number;
  /** The state the case stays in. */
  state?: StateName;
  message: Bilingual;
  /** The case as it stands before the refused event (a refused replay). */
  report?: ReportJSON;
}

// --------------------------------------------------------------------- labels

/** The labels of every code, from the core's vocabularies, in the specification's order. */
export interface Labels {
  states: Record<StateName, Bilingual>;
  steps: Record<`${Step}`, Bilingual>;
  events: Record<EventType, Bilingual>;
  bodies: Record<Body, Bilingual>;
  branch_kinds: Record<BranchKind, Bilingual>;
  member_statuses: Record<MemberStatus, Bilingual>;
  criteria: Record<Criterion, Bilingual>;
  mentor_roles: Record<MentorRole, Bilingual>;
  removal_outcomes: Record<RemovalOutcome, Bilingual>;
  close_reasons: Record<CloseReason, Bilingual>;
  outcomes: Record<Outcome, Bilingual>;
  ballots: Record<BallotKind, Bilingual>;
  questions: Record<Question, Bilingual>;
  thresholds: Record<Threshold, Bilingual>;
  rules: Record<RuleId, Bilingual>;
  errors: Record<ErrorCode, Bilingual>;
}

/** The payload fields of each event type. */
export type PayloadFields = Record<EventType, PayloadField[]>;
