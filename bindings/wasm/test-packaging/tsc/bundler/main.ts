// TypeScript, moduleResolution "bundler": the types of the browser entry.
import { init, decideListing, Case, MalformedError, ScreeningError, type BallotDecision, type Entry, type Outcome } from "screening";

async function main(): Promise<Outcome> {
  await init();
  const d: BallotDecision = decideListing({ official: 10, exempt: 1, yes: 6 });
  const text: string = d.explain("en");
  const c = new Case({ member: { id: "DV-1", status: "official" }, branch: { id: "CB-1", kind: "grassroots", has_committee: false } });
  const e: Entry = c.apply({ type: "flagged", date: "2025-01-10", by: "branch_secretary", criteria: ["other"] });
  c.free();
  try {
    decideListing({ official: -1, exempt: 0, yes: 0 });
  } catch (err) {
    if (err instanceof MalformedError) console.log(err.code satisfies "malformed");
    else if (err instanceof ScreeningError) console.log(err.messageIn("vi"));
  }
  console.log(text, e.state, e.explanation.vi);
  return d.outcome;
}
void main();
