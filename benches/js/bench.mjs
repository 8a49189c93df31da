// Per-call cost in Node of `decideListing` and `replay` from the WebAssembly
// package (bindings/wasm/pkg) against the same rules in plain JavaScript
// (plain.mjs), side by side, and the size of the .wasm. Run by scripts/bench-js.
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
if (wasm.decideListing(ballot).outcome !== plain.decideListing(ballot).outcome) {
  throw new Error("plain decideListing differs");
}

function perCall(f, n) {
  for (let i = 0; i < Math.min(n, 20_000); i++) f(); // warm up (JIT)
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / n);
  }
  return best;
}

const rows = [
  ["decideListing", () => wasm.decideListing(ballot), () => plain.decideListing(ballot), calls],
  ["replay (12 events, JSON text)", () => wasm.replay(text), () => plain.replay(text), Math.max(1, calls / 10)],
];
console.log(`node ${process.version}`);
console.log("| call | WebAssembly (ns/call) | plain JavaScript (ns/call) | ratio |");
console.log("|---|---:|---:|---:|");
for (const [name, w, p, n] of rows) {
  const tw = perCall(w, n), tp = perCall(p, n);
  console.log(`| ${name} | ${tw.toFixed(0)} | ${tp.toFixed(0)} | ${(tw / tp).toFixed(2)} |`);
}
for (const target of ["node", "web"]) {
  const file = join(pkg, target, "screening_wasm_bg.wasm");
  const bytes = statSync(file).size;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  console.log(`.wasm (${target}): ${bytes} bytes, ${gz} bytes gzipped (${file.slice(root.length + 1)})`);
}
