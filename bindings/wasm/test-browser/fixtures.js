// Case files for the browser tests, built here rather than read from disk:
// a branch's members at every stage of the first cycles, and one case with a
// very long history. Every case is checked by the library (pkg/node.js) in the
// tests that use it; this file only writes events in the case format.

const DAY = 86_400_000;

/** `iso` plus `days`, as YYYY-MM-DD. */
export function addDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The events of one member's case along the usual path, each `[daysAfterStart,
 * event]`: flagged, direction, listing, notification, self-criticism, mentor,
 * a screening that continues education, its review (cycle 2).
 */
const PATH = [
  [0, { type: "flagged", by: "branch_committee", criteria: ["two_years_not_completed", "degradation"] }],
  [5, { type: "direction_requested", by: "branch_committee" }],
  [15, { type: "direction_given", by: "grassroots_committee", proceed: true }],
  [30, { type: "listing_voted", by: "branch", electorate: { official: 24, exempt: 2, exempt_attending: 1 }, yes: 17 }],
  [40, { type: "listing_reviewed", by: "grassroots_committee", approved: true }],
  [45, { type: "member_notified", by: "branch_committee" }],
  [52, { type: "self_criticism_submitted", by: "member" }],
  [60, { type: "mentor_assigned", by: "branch", mentor: { id: "DV-M-01", role: "committee_member" } }],
  [60 + 366, { type: "screening_voted", by: "branch", electorate: { official: 24, exempt: 2 }, progress_yes: 8, removal_yes: 5 }],
  [60 + 380, { type: "decision_reviewed", by: "grassroots_committee", approved: true }],
];

const BRANCH = { id: "CB-07", kind: "under_grassroots_committee", has_committee: true };

/**
 * Case `i` of a branch: the first `1 + i % PATH.length` events of the path,
 * starting on a date that depends on `i`; with `note`, the first event carries it.
 */
export function memberCase(i, { start = "2024-01-08", note } = {}) {
  const first = addDays(start, (i * 37) % 500);
  const events = PATH.slice(0, 1 + (i % PATH.length)).map(([days, e]) => ({ ...e, date: addDays(first, days) }));
  if (note) events[0].note = note;
  return {
    format: "screening-case/1",
    member: { id: `DV-${String(i + 1).padStart(5, "0")}`, status: "official" },
    branch: BRANCH,
    events,
  };
}

/** A case under monitoring whose mentor is reassigned until it has `n` events (dates non-decreasing). */
export function longCase(n) {
  const events = PATH.slice(0, 8).map(([days, e]) => ({ ...e, date: addDays("2020-01-06", days) }));
  const start = events[events.length - 1].date;
  for (let k = events.length; k < n; k++) {
    events.push({
      type: "mentor_reassigned",
      by: "branch",
      date: addDays(start, 1 + Math.floor((k * 300) / n)),
      mentor: { id: `DV-M-${k}`, role: k % 2 ? "member" : "committee_member" },
    });
  }
  return { format: "screening-case/1", member: { id: "DV-LONG", status: "official" }, branch: BRANCH, events };
}

/** JSON Lines: one case file per line, as `screening generate` writes them. */
export function jsonLines(cases) {
  return `${cases.map((c) => JSON.stringify(c)).join("\n")}\n`;
}
