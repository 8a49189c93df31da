// TypeScript, moduleResolution "node16", a CommonJS module: the types of `require`.
import screening = require("screening");

const d: screening.BallotDecision = screening.decideListing({ official: 10, exempt: 1, yes: 6 });
const outcome: screening.Outcome = d.outcome;
console.log(outcome, d.explain("vi"));
