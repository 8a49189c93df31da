// The same rules written in plain JavaScript — for the benchmark comparison only
// (benches/js/bench.mjs). The library's rules are in Rust, compiled to WebAssembly
// for bindings/wasm; this file re-states them the simplest way, to measure what the
// WebAssembly boundary costs or saves. It checks what the typical case exercises
// (the transition table, A1, D1, D2, E1–E4, T1, T2, S1–S4, I1–I7) but not the
// file's strict reading (unknown or duplicate fields, exact integers) that the
// library does, and its explanations are shorter: it does less work than the real
// thing.

const FORMAT = "screening-case/1";

const SUPERIOR = { under_grassroots_committee: "grassroots_committee", grassroots: "bloc_standing_committee" };

function bodies(auth, branch) {
  switch (auth) {
    case "committee": return [branch.has_committee ? "branch_committee" : "branch_secretary"];
    case "superior": return [SUPERIOR[branch.kind]];
    case "superior_or_bloc":
      return branch.kind === "grassroots" ? ["bloc_standing_committee"] : ["grassroots_committee", "bloc_standing_committee"];
    default: return [auth];
  }
}

const OPEN_BUT_NEW = [
  "flagged", "awaiting_direction", "awaiting_listing_vote", "awaiting_listing_review", "listed",
  "awaiting_self_criticism", "awaiting_mentor", "under_monitoring", "awaiting_progress_review",
  "awaiting_continuation_review", "awaiting_grassroots_resolution", "referred_to_bloc",
  "under_verification", "awaiting_removal_decision",
];

const TABLE = {
  flagged: ["committee", ["new"]],
  direction_requested: ["committee", ["flagged"]],
  direction_given: ["superior", ["awaiting_direction"]],
  listing_voted: ["branch", ["awaiting_listing_vote"]],
  listing_reviewed: ["superior", ["awaiting_listing_review"]],
  member_notified: ["committee", ["listed"]],
  self_criticism_submitted: ["member", ["awaiting_self_criticism"]],
  mentor_assigned: ["branch", ["awaiting_mentor"]],
  mentor_reassigned: ["branch", ["under_monitoring"]],
  screening_voted: ["branch", ["under_monitoring"]],
  decision_reviewed: ["superior", ["awaiting_progress_review", "awaiting_continuation_review"]],
  removal_resolved: ["grassroots_committee", ["awaiting_grassroots_resolution"]],
  verification_ordered: ["bloc_standing_committee", ["referred_to_bloc"]],
  verification_concluded: ["bloc_inspection_committee", ["under_verification"]],
  removal_decided: ["bloc_standing_committee", ["awaiting_removal_decision"]],
  case_closed: ["superior_or_bloc", OPEN_BUT_NEW],
};

const STEP = {
  flagged: 1, awaiting_direction: 1, awaiting_listing_vote: 1, awaiting_listing_review: 1,
  listed: 2, awaiting_self_criticism: 2, awaiting_mentor: 2, under_monitoring: 2,
  awaiting_progress_review: 3, awaiting_continuation_review: 3, awaiting_grassroots_resolution: 3,
  referred_to_bloc: 4, under_verification: 4, awaiting_removal_decision: 4,
};

class Refused extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

/** D2: the day after the 12-month period that starts on `date` (YYYY-MM-DD). */
export function screeningFrom(date) {
  const y = Number(date.slice(0, 4)) + 1, m = Number(date.slice(5, 7)), d = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const end = new Date(Date.UTC(y, m - 1, Math.min(d, last)));
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

function electorate(c) {
  const official = c.official, exempt = c.exempt, attending = c.exempt_attending ?? 0;
  if (exempt > official || attending > exempt || official - exempt + attending === 0) {
    throw new Refused("invalid_electorate", `invalid electorate (E4): ${official}, ${exempt}, ${attending}`);
  }
  return { official, exempt, exempt_attending: attending, size: official - exempt + attending };
}

function vote(question, yes, e, twoThirds) {
  if (yes > e.size) throw new Refused("invalid_tally", `invalid tally (E4): ${yes} > ${e.size}`);
  const required = twoThirds ? Math.ceil((2 * e.size) / 3) : Math.ceil(e.size / 2);
  return { question, yes, threshold: twoThirds ? "two_thirds" : "half", required, met: yes >= required };
}

function explainVotes(votes, e) {
  return votes.map((v) => `${v.yes}/${e.size} ${v.met ? "≥" : "<"} ${v.required}`).join("; ");
}

/** The listing ballot (S1.3, E1, E2, E4, T1). */
export function decideListing({ official, exempt, exemptAttending = 0, yes }) {
  const e = electorate({ official, exempt, exempt_attending: exemptAttending });
  const v = vote("listing", yes, e, true);
  const outcome = v.met ? "listed" : "not_listed";
  const text = explainVotes([v], e);
  return {
    ballot: "listing", outcome, rules: ["S1.3", "E1", "E2", "T1"], electorate: e, votes: [v],
    explanation: { vi: `Bỏ phiếu đưa vào danh sách: ${text}`, en: `Listing ballot: ${text}` },
  };
}

function decideScreening(c, progressYes, removalYes) {
  const e = electorate(c);
  const p = vote("progress", progressYes, e, false);
  const r = vote("removal", removalYes, e, true);
  if (p.met && r.met) throw new Refused("conflicting_ballots", "both ballots pass (I2)");
  const outcome = p.met ? "progress_recognized" : r.met ? "removal_proposed" : "continue_education";
  const rules = p.met ? ["S3.2", "E1", "E2", "T2", "T1"] : r.met ? ["S3.3", "E1", "E2", "T2", "T1"] : ["S3.4", "I1", "E1", "E2", "T2", "T1"];
  const text = explainVotes([p, r], e);
  return {
    ballot: "screening", outcome, rules, electorate: e, votes: [p, r],
    explanation: { vi: `Bỏ phiếu sàng lọc: ${text}`, en: `Screening ballots: ${text}` },
  };
}

function checkMentor(mentor, member, branch) {
  if (mentor.id === member.id || (mentor.role === "committee_member" && !branch.has_committee)) {
    throw new Refused("invalid_mentor", `invalid mentor ${mentor.id}`);
  }
}

/** Replays a case file (text or object) and returns its report; throws on a refusal. */
export function replay(caseFile) {
  const file = typeof caseFile === "string" ? JSON.parse(caseFile) : caseFile;
  if (file.format !== FORMAT) throw new Refused("unsupported_format", "unsupported format");
  const { member, branch, events } = file;
  let state = "new", m = null, meeting = null, confirmed = false, cycle = 0, last = null;
  const history = [];
  events.forEach((ev, index) => {
    const row = TABLE[ev.type];
    if (!row) throw new Refused("malformed", `unknown event ${ev.type}`);
    if (!row[1].includes(state)) throw new Refused("wrong_state", `${ev.type} in ${state}`);
    const allowed = bodies(row[0], branch);
    if (!allowed.includes(ev.by)) throw new Refused("wrong_body", `${ev.type} by ${ev.by}`);
    if (last !== null && ev.date < last) throw new Refused("date_order", `${ev.date} < ${last}`);
    let next = state, rules, ballot, from;
    switch (ev.type) {
      case "flagged":
        if (!ev.criteria.length) throw new Refused("missing_criteria", "no criterion");
        next = "flagged"; rules = ["S1.1"]; break;
      case "direction_requested": next = "awaiting_direction"; rules = ["S1.2"]; break;
      case "direction_given": next = ev.proceed ? "awaiting_listing_vote" : "not_listed"; rules = ["S1.2"]; break;
      case "listing_voted": {
        const c = ev.electorate;
        ballot = decideListing({ official: c.official, exempt: c.exempt, exemptAttending: c.exempt_attending ?? 0, yes: ev.yes });
        next = ballot.outcome === "listed" ? "awaiting_listing_review" : "not_listed"; rules = ballot.rules; break;
      }
      case "listing_reviewed": next = ev.approved ? "listed" : "not_listed"; rules = ["S1.4"]; break;
      case "member_notified": next = "awaiting_self_criticism"; rules = ["S2.1"]; break;
      case "self_criticism_submitted": next = "awaiting_mentor"; rules = ["S2.1"]; break;
      case "mentor_assigned":
        checkMentor(ev.mentor, member, branch);
        m = { cycle: 1, mentor: ev.mentor, screening_from: screeningFrom(ev.date) };
        from = m.screening_from; next = "under_monitoring"; rules = ["S2.2", "S2.3", "D2"]; break;
      case "mentor_reassigned":
        checkMentor(ev.mentor, member, branch);
        m = { ...m, mentor: ev.mentor }; rules = ["S2.2"]; break;
      case "screening_voted": {
        if (ev.date < m.screening_from) throw new Refused("too_early", `${ev.date} < ${m.screening_from}`);
        ballot = decideScreening(ev.electorate, ev.progress_yes, ev.removal_yes);
        if (ballot.outcome === "progress_recognized") { next = "awaiting_progress_review"; rules = ["S3.1", "D2", "S3.2"]; }
        else if (ballot.outcome === "removal_proposed") {
          next = branch.kind === "grassroots" ? "referred_to_bloc" : "awaiting_grassroots_resolution"; rules = ["S3.1", "D2", "S3.3"];
        } else { next = "awaiting_continuation_review"; meeting = ev.date; rules = ["S3.1", "D2", "S3.4", "I1"]; }
        break;
      }
      case "decision_reviewed":
        if (!ev.approved) { next = "under_monitoring"; rules = ["I4"]; }
        else if (state === "awaiting_progress_review") { next = "progress_recognized"; rules = ["S3.2"]; }
        else { m = { ...m, cycle: m.cycle + 1, screening_from: screeningFrom(meeting) }; from = m.screening_from; next = "under_monitoring"; rules = ["S3.4", "I3", "D2"]; }
        break;
      case "removal_resolved":
        if (ev.forward) { next = "referred_to_bloc"; rules = ["S3.3", "A2"]; }
        else { m = { ...m, cycle: m.cycle + 1, screening_from: screeningFrom(ev.date) }; from = m.screening_from; next = "under_monitoring"; rules = ["I5", "I3", "D2"]; }
        break;
      case "verification_ordered": next = "under_verification"; rules = ["S4.1"]; break;
      case "verification_concluded": confirmed = ev.violations_confirmed; next = "awaiting_removal_decision"; rules = ["S4.1"]; break;
      case "removal_decided":
        if (ev.outcome !== "continue_education" && !confirmed) throw new Refused("invalid_outcome", "violations not confirmed");
        if (ev.outcome === "expelled" && member.status === "probationary") throw new Refused("invalid_outcome", "probationary");
        if (ev.outcome === "continue_education") {
          m = { ...m, cycle: m.cycle + 1, screening_from: screeningFrom(ev.date) }; from = m.screening_from; next = "under_monitoring"; rules = ["S4.3", "I3", "D2"];
        } else { next = ev.outcome; rules = ["S4.2", "I6"]; }
        break;
      case "case_closed": next = "closed"; rules = ["I7"]; break;
    }
    state = next; last = ev.date; cycle = m ? m.cycle : cycle;
    const entry = { index, type: ev.type, date: ev.date, by: ev.by, state, cycle, rules };
    if (ballot) entry.ballot = ballot;
    if (from) entry.screening_from = from;
    if (ev.note !== undefined) entry.note = ev.note;
    entry.explanation = ballot ? ballot.explanation : { vi: `${ev.type} → ${state}`, en: `${ev.type} → ${state}` };
    history.push(entry);
  });
  const monitoring = m && STEP[state] >= 2 && state !== "listed" && !["awaiting_self_criticism", "awaiting_mentor"].includes(state);
  const next = Object.entries(TABLE)
    .filter(([, row]) => row[1].includes(state))
    .map(([type, row]) => {
      const n = { type, by: bodies(row[0], branch) };
      if (type === "screening_voted") n.from = m.screening_from;
      return n;
    });
  return {
    member, branch, state, step: STEP[state] ?? null, cycle,
    screening_from: state === "under_monitoring" ? m.screening_from : null,
    mentor: monitoring ? m.mentor : null, version: events.length, next, history,
  };
}

const LISTING_KEYS = new Set(["official", "exempt", "exemptAttending", "excluded", "yes"]);

function checkedCount(path, v) {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 4294967295) {
    throw new Refused("malformed", `${path}: ${String(v)} is not a count from 0 to 4294967295`);
  }
  return v;
}

/**
 * The listing ballot as the package's decideListing takes and answers it, no
 * texts: the argument checked (an object, no unknown field, counts that are
 * whole numbers from 0 to 4294967295, booleans refused), E1–E5, T1, and the same
 * data (ballot, outcome, rules, electorate, votes).
 */
export function decideListingChecked(ballot) {
  if (ballot === null || typeof ballot !== "object" || Array.isArray(ballot)) throw new Refused("malformed", "ballot: not an object");
  for (const k in ballot) if (!LISTING_KEYS.has(k)) throw new Refused("malformed", `ballot.${k}: unknown field`);
  const official = checkedCount("ballot.official", ballot.official);
  const exempt = checkedCount("ballot.exempt", ballot.exempt);
  const attending = ballot.exemptAttending === undefined ? 0 : checkedCount("ballot.exemptAttending", ballot.exemptAttending);
  const excluded = ballot.excluded === undefined ? 0 : checkedCount("ballot.excluded", ballot.excluded);
  const yes = checkedCount("ballot.yes", ballot.yes);
  if (exempt + excluded > official || attending > exempt || official - exempt + attending - excluded === 0) {
    throw new Refused("invalid_electorate", "invalid electorate (E4)");
  }
  const size = official - exempt + attending - excluded;
  if (yes > size) throw new Refused("invalid_tally", "invalid tally (E4)");
  const required = Math.ceil((2 * size) / 3);
  const met = 3 * yes >= 2 * size;
  return {
    ballot: "listing",
    outcome: met ? "listed" : "not_listed",
    rules: ["S1.3", "E1", "E2", "E5", "T1"],
    electorate: { official, exempt, exempt_attending: attending, excluded, size },
    votes: [{ question: "listing", yes, threshold: "T1", required, met }],
  };
}
