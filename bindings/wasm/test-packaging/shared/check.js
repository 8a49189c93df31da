// What every app checks, with the package's API as it imported it: a decision
// and its explanation, a case event by event, a replay, and an error's class.
export function check(api) {
  const d = api.decideListing({ official: 10, exempt: 1, yes: 6 });
  const c = new api.Case({
    member: { id: "DV-0042", status: "official" },
    branch: { id: "CB-07", kind: "under_grassroots_committee", has_committee: true },
  });
  const entry = c.apply({ type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["degradation"] });
  const report = api.replay(JSON.stringify(c));
  c.free();
  let refused = null;
  try {
    api.decideListing({ official: -1, exempt: 0, yes: 0 });
  } catch (e) {
    refused = e instanceof api.MalformedError && e instanceof api.ScreeningError ? `${e.code}: ${e.message}` : String(e);
  }
  return {
    outcome: d.outcome,
    explained: d.explain("vi").includes("đảng viên chính thức"),
    state: entry.state,
    replayed: report.history[0].explain("en").length > 0,
    refused,
  };
}

/** What check() answers when everything works. */
export const expected = {
  outcome: "listed",
  explained: true,
  state: "flagged",
  replayed: true,
  refused: "malformed: ballot.official: -1 is not a count from 0 to 4294967295",
};
