// TypeScript, moduleResolution "node16", an ES module: the types of `import`.
import { decideListing, replay, type Report } from "screening";

const r: Report = replay('{"format": "screening-case/1", "member": {"id": "DV-1", "status": "official"}, "branch": {"id": "CB-1", "kind": "grassroots", "has_committee": false}, "events": []}');
console.log(decideListing({ official: 10, exempt: 1, yes: 6 }).outcome, r.state);
