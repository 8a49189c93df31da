// Shared by the tests: where the package and the vectors are.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const wasmDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = resolve(wasmDir, "../..");
export const vectorsDir = process.env.SCREENING_VECTORS
  ? resolve(process.env.SCREENING_VECTORS)
  : resolve(repoRoot, "../shared/vectors");

/** Every vector file of the shared vectors: [{name, vectors}]. */
export function vectorFiles() {
  return readdirSync(vectorsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((name) => ({ name, vectors: JSON.parse(readFileSync(join(vectorsDir, name), "utf8")).vectors }));
}

/** A small valid case file. */
export function sampleCase() {
  return {
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
}
