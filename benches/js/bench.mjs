// Per-call cost in Node of the WebAssembly package (bindings/wasm/pkg) against
// plain JavaScript, side by side in one run on the same input, and the size of
// the .wasm. Run by scripts/bench-js.
//
//   decideListing  against plain.decideListingChecked: the same checks of the
//                  argument and the same data back, no texts (the package
//                  explains only when asked);
//   replay         of a 12-event case (examples/case-DV-0042.json cut to 12
//                  events) against JSON.parse of the same text and against
//                  plain.replay (the rules in plain JavaScript);
//   Case.apply     on a case of 5,000 events (one event each).
//
//   node benches/js/bench.mjs [--calls N]

import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as plain from "./plain.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = join(root, "bindings", "wasm", "pkg");
const wasm = await import(join(pkg, "node.js"));

const argv = process.argv.slice(2);
const calls = Number(argv[argv.indexOf("--calls") + 1] || 0) || 200_000;

const example = JSON.parse(readFileSync(join(root, "examples", "case-DV-0042.json"), "utf8"));
example.events = example.events.slice(0, 12);
const text = JSON.stringify(example);

// Both give the same answers on these inputs.
const a = wasm.replay(text), b = plain.replay(text);
if (a.state !== b.state || a.cycle !== b.cycle || a.history.length !== b.history.length) {
  throw new Error(`plain replay differs: ${a.state}/${a.cycle} vs ${b.state}/${b.cycle}`);
}
const ballot = { official: 10, exempt: 1, exemptAttending: 1, yes: 7 };
{
  const { explanation: _, ...w } = wasm.decideListing(ballot).toJSON();
  const p = plain.decideListingChecked(ballot);
  if (JSON.stringify(w) !== JSON.stringify(p)) throw new Error(`plain decideListingChecked differs: ${JSON.stringify(w)} vs ${JSON.stringify(p)}`);
}

// Every answer is kept (the last one), as a caller would use it, so that the
// JIT cannot drop the work of either side. The two sides of a row alternate,
// in short rounds (a few milliseconds), many of them, and each keeps its best
// round: on a busy machine the best rounds are those that ran undisturbed.
let sink = null;
function sideBySide(w, p, n, rounds = 101) {
  for (let i = 0; i < Math.min(n, 20_000); i++) {
    sink = w();
    sink = p();
  }
  let bw = Infinity;
  let bp = Infinity;
  for (let r = 0; r < rounds; r++) {
    let t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink = w();
    bw = Math.min(bw, Number(process.hrtime.bigint() - t) / n);
    t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink = p();
    bp = Math.min(bp, Number(process.hrtime.bigint() - t) / n);
  }
  return [bw, bp];
}

// A case of 5,000 events: to monitoring, then mentors reassigned.
const big = JSON.parse(readFileSync(join(root, "examples", "case-DV-0042.json"), "utf8"));
const upToMonitoring = big.events.findIndex((e) => e.type === "mentor_assigned") + 1;
big.events = big.events.slice(0, upToMonitoring);
const assigned = big.events[upToMonitoring - 1];
const reassign = (i) => ({
  type: "mentor_reassigned",
  date: assigned.date,
  by: "branch",
  mentor: { id: `DV-M${i}`, role: "member" },
});
while (big.events.length < 5000) big.events.push(reassign(big.events.length));
const bigCase = wasm.Case.fromJSON(JSON.stringify(big));
// Rounds of 50 events each, the best round kept (as above); the case grows
// from 5,000 to 7,020 events.
let next = 0;
const reassigned = () => reassign(5000 + next++);
for (let i = 0; i < 20; i++) bigCase.apply(reassigned()); // warm up
let applyNs = Infinity;
for (let r = 0; r < 40; r++) {
  const events = Array.from({ length: 50 }, reassigned);
  const t = process.hrtime.bigint();
  for (const e of events) sink = bigCase.apply(e);
  applyNs = Math.min(applyNs, Number(process.hrtime.bigint() - t) / 50);
}
if (bigCase.version !== 5020 + 40 * 50) throw new Error(`Case.apply: version ${bigCase.version}`);
bigCase.free();

const rows = [
  ["decideListing vs plain.decideListingChecked", () => wasm.decideListing(ballot), () => plain.decideListingChecked(ballot), calls / 10],
  ["replay (12 events, JSON text) vs JSON.parse of the text", () => wasm.replay(text), () => JSON.parse(text), Math.max(1, calls / 2000)],
  ["replay (12 events, JSON text) vs plain.replay", () => wasm.replay(text), () => plain.replay(text), Math.max(1, calls / 2000)],
];
console.log(`node ${process.version}`);
console.log("| call | WebAssembly (ns/call) | plain JavaScript (ns/call) | ratio |");
console.log("|---|---:|---:|---:|");
for (const [name, w, p, n] of rows) {
  const [tw, tp] = sideBySide(w, p, n);
  console.log(`| ${name} | ${tw.toFixed(0)} | ${tp.toFixed(0)} | ${(tw / tp).toFixed(2)} |`);
}
console.log(`| Case.apply on a case of 5,000 events (one event; best round of 50) | ${applyNs.toFixed(0)} | — | — |`);
if (sink === null) throw new Error("no answer");
for (const target of ["node", "web"]) {
  const file = join(pkg, target, "screening_wasm_bg.wasm");
  const bytes = statSync(file).size;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`.wasm (${target}): ${bytes} bytes, ${gz} bytes gzipped (${file.slice(root.length + 1)})`);
}
