// A typed use of the package: `tsc -p test/tsconfig.json` must accept it, and
// reject each line marked @ts-expect-error (a wrong shape is a type error).
import {
  Case,
  InvalidTallyError,
  MalformedError,
  ScreeningError,
  init,
  initSync,
  decideListing,
  decideScreening,
  labels,
  payloadFields,
  replay,
} from "../pkg/node.js";
import type {
  BallotDecisionJSON,
  BallotDecision,
  EntryJSON,
  Lang,
  CaseFile,
  Entry,
  ErrorCode,
  Event,
  Labels,
  NextEvent,
  Report,
  ScreeningErrorCode,
  StateName,
  Vote,
} from "../pkg/node.js";

const file: CaseFile = {
  format: "screening-case/1",
  member: { id: "DV-0042", status: "official" },
  branch: { id: "CB-07", kind: "under_grassroots_committee", has_committee: true },
  events: [
    { type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["two_years_not_completed"], note: "rated 2023 and 2024" },
    { type: "direction_requested", date: "2025-01-12", by: "branch_committee" },
    { type: "direction_given", date: "2025-01-20", by: "grassroots_committee", proceed: true },
    { type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 6 },
  ],
};

const report: Report = replay(file);
const state: StateName = report.state;
const step: 1 | 2 | 3 | 4 | null = report.step;
const from: string | null = report.screening_from;
const next: NextEvent[] = report.next;
for (const entry of report.history) {
  const rules: string[] = entry.rules;
  const words: string = entry.explanation.vi + entry.explanation.en;
  if (entry.ballot !== undefined) {
    const size: number = entry.ballot.electorate.size;
    const votes: Vote[] = entry.ballot.votes;
    void [size, votes];
  }
  void [rules, words];
}
replay(JSON.stringify(file));

const listing: BallotDecision = decideListing({ official: 10, exempt: 1, yes: 6 });
const outcome: "listed" | "not_listed" | "continue_education" | "progress_recognized" | "removal_proposed" = listing.outcome;
decideScreening({ official: 10, exempt: 2, exemptAttending: 1, progressYes: 4, removalYes: 5 });

const c = new Case({ member: file.member, branch: file.branch });
const applied: Entry = c.apply({ type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["degradation"] }, 0);
const version: number = c.version;
const again: CaseFile = c.toJSON();
const opened: Case = Case.fromJSON(JSON.stringify(again));
const allowed: NextEvent[] = opened.next();
const screeningFrom: string | undefined = allowed.find((n) => n.type === "screening_voted")?.from;

function apply(c: Case, event: Event): string {
  try {
    return c.apply(event).state;
  } catch (e) {
    if (e instanceof ScreeningError) {
      const code: ScreeningErrorCode = e.code;
      const at: number | undefined = e.at;
      const stays: StateName | undefined = e.state;
      const before: Report | undefined = e.report;
      void [at, stays, before];
      return `${code}: ${e.messageIn("vi")} / ${e.messageEn}`;
    }
    throw e;
  }
}
apply(c, { type: "case_closed", date: "2025-02-01", by: "grassroots_committee", reason: "other" });

// Narrowing on the event type gives its payload.
function payloadOf(e: Event): string {
  switch (e.type) {
    case "listing_voted":
      return `${e.electorate.official}/${e.yes}`;
    case "screening_voted":
      return `${e.progress_yes}/${e.removal_yes}`;
    case "mentor_assigned":
    case "mentor_reassigned":
      return e.mentor.role;
    case "case_closed":
      return e.reason;
    default:
      return e.type;
  }
}
payloadOf(file.events[0]!);

const l: Labels = labels();
const label: string = l.states[state].vi + l.events.flagged.en + l.steps["1"].vi + l.rules["S3.4"].en + l.errors.too_early.vi;
const fields: readonly string[] = payloadFields().screening_voted;
const code: ErrorCode = "too_early";

// @ts-expect-error: an unknown event type
c.apply({ type: "flaged", date: "2025-01-10", by: "branch_committee", criteria: [] });
// @ts-expect-error: a payload field of another event type
c.apply({ type: "direction_requested", date: "2025-01-10", by: "branch_committee", proceed: true });
// @ts-expect-error: a missing payload field
c.apply({ type: "listing_voted", date: "2025-02-03", by: "branch", yes: 6 });
// @ts-expect-error: an unknown body
c.apply({ type: "direction_requested", date: "2025-01-10", by: "secretary" });
// @ts-expect-error: the ballot input is camelCase
decideListing({ official: 10, exempt: 1, exempt_attending: 1, yes: 6 });
// @ts-expect-error: counts are numbers
decideListing({ official: "10", exempt: 1, yes: 6 });
// @ts-expect-error: a report's state is a StateName
const wrong: "listed_now" = report.state;
// @ts-expect-error: ScreeningError is thrown by the library, not constructed
new ScreeningError({ error: "malformed", message: { vi: "", en: "" } });

// The case file's optional fields: branch names, excluded members, tellers' counts.
const named: CaseFile = {
  format: "screening-case/1",
  member: { id: "DV-0042", status: "official" },
  branch: { id: "CB-07", kind: "grassroots", has_committee: false, names: { branch: "Chi bộ Phòng Kế hoạch" } },
  events: [
    { type: "flagged", date: "2025-01-10", by: "branch_secretary", criteria: ["other"] },
    { type: "direction_requested", date: "2025-01-12", by: "branch_secretary" },
    { type: "direction_given", date: "2025-01-20", by: "bloc_standing_committee", proceed: true },
    {
      type: "listing_voted",
      date: "2025-02-03",
      by: "branch",
      electorate: { official: 10, exempt: 1, excluded: 1 },
      yes: 6,
      ballots: { issued: 8, returned: 8, invalid: 0 },
    },
  ],
};
const tellers: number | undefined = replay(named).history[3]?.ballot?.votes[0]?.ballots?.issued;
const base: number = decideScreening({ official: 10, exempt: 1, excluded: 2, progressYes: 4, removalYes: 0 }).electorate.excluded;
// @ts-expect-error: a names key is a body code
const badNames: CaseFile["branch"] = { id: "CB-1", kind: "grassroots", has_committee: false, names: { chi_bo: "x" } };
// @ts-expect-error: a tellers' count has all three fields
const badTellers: Event = { type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 1, exempt: 0 }, yes: 1, ballots: { issued: 1 } };
void [tellers, base, badNames, badTellers];

// Explanations on demand; the JSON shape has them.
const lang: Lang = "en";
const said: string = listing.explain(lang) + listing.explain() + report.history[0]!.explain("vi");
const json: BallotDecisionJSON = listing.toJSON();
const entryJson: EntryJSON = applied.toJSON();
const words: string = json.explanation.vi + entryJson.explanation.en;
// One class per code.
try {
  decideListing({ official: -1, exempt: 0, yes: 0 });
} catch (e) {
  if (e instanceof MalformedError) {
    const malformed: "malformed" = e.code;
    void malformed;
  } else if (e instanceof InvalidTallyError) {
    const tally: "invalid_tally" = e.code;
    void tally;
  }
}
// Loading (a no-op in Node), and releasing a case.
const loading: Promise<void> = init();
initSync(new Uint8Array(0));
opened.free();
// @ts-expect-error: explain takes "vi" or "en"
listing.explain("fr");

void [said, words, loading];
void [state, step, from, next, outcome, applied, version, screeningFrom, label, fields, code, wrong];

// The documents (`screening/documents`): a string for html and md, bytes for docx.
import * as documents from "../pkg/documents-node.js";
import type { DocumentContext, DocumentOptions } from "../pkg/documents-node.js";
const docContext: DocumentContext = { format: "screening-context/1", people: { "DV-0042": { name: "Trần Văn Bình", born: 1979 } } };
const page: string = documents.voteRecord(opened, { event: 3, context: docContext });
const markdown: string = documents.resolution("{}", { format: "md" });
const docx: Uint8Array = documents.approvalList([opened, "{}"], { format: "docx", context: "{}" });
const docOptions: DocumentOptions = { explain: true };
// @ts-expect-error: a .docx is bytes, not a string
const notText: string = documents.voteRecord(opened, { format: "docx" });
// @ts-expect-error: pdf is not a format
documents.voteRecord(opened, { format: "pdf" });
// @ts-expect-error: the context's format is screening-context/1
const badContext: DocumentContext = { format: "screening-case/1" };
try {
  documents.voteRecord(opened, { event: 99 });
} catch (e) {
  if (e instanceof documents.NoSuchEventError) {
    const noSuchEvent: "no_such_event" = e.code;
    void noSuchEvent;
  } else if (e instanceof ScreeningError) {
    const other: string = e.code;
    void other;
  }
}
const docsLoading: Promise<void> = documents.initDocx();
void [page, markdown, docx, docOptions, notText, badContext, docsLoading];
