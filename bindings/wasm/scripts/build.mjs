#!/usr/bin/env node
// Builds the `screening` npm package into bindings/wasm/pkg and copies it into
// www/pkg for the web page.
//
//   1. scripts/install-tools wasm: the wasm32 target and wasm-bindgen-cli, the
//      version of the wasm-bindgen crate in Cargo.lock, into the tools cache;
//   2. cargo build --profile wasm-release --target wasm32-unknown-unknown -p screening-wasm;
//   3. wasm-bindgen --target nodejs (pkg/node, loaded by the Node ESM entry
//      node.js) and --target web (pkg/web, loaded by the browser/bundler entry
//      index.js), both with --experimental-reset-state-function so that the
//      wrapper can start a fresh instance after a trap;
//   4. wasm-opt -Oz from the npm package `binaryen` (Debian's is not used);
//   5. the wrapper (js/), its types, package.json and README into pkg/.
//
// Environment: CARGO_TARGET_DIR (honoured through `cargo metadata`),
// SCREENING_CACHE (the tools cache, see scripts/install-tools), WASM_OPT=0 to
// skip wasm-opt.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const wasmDir = resolve(here, "..");
const root = resolve(wasmDir, "../..");
const pkg = join(wasmDir, "pkg");
const www = join(wasmDir, "www");

const OPT_LEVEL = "3";
const say = (msg) => console.log(`==> ${msg}`);
function run(cmd, args, opts = {}) {
  say([cmd, ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(" "));
  return execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], cwd: root, ...opts });
}
function capture(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: "utf8", cwd: root, stdio: ["ignore", "pipe", "inherit"], ...opts });
}

// The wasm-bindgen crate's version, from Cargo.lock: the CLI must be the same.
function lockedVersion(name) {
  const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
  const m = lock.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${name}"\\nversion = "([^"]+)"`));
  if (!m) throw new Error(`${name} is not in Cargo.lock; run cargo build once`);
  return m[1];
}

const cache = process.env.SCREENING_CACHE || join(homedir(), ".cache", "screening");
const toolsBin = join(cache, "cargo-tools", "bin");
const env = { ...process.env, SCREENING_CACHE: cache, PATH: `${toolsBin}:${process.env.PATH}` };

// `cargo metadata` adds wasm-bindgen to Cargo.lock if it is not there yet
// (minimally, as any cargo command would); its version is then read from it.
const meta = JSON.parse(capture("cargo", ["metadata", "--format-version", "1"], { env, maxBuffer: 256 * 1024 * 1024 }));
const bindgenVersion = lockedVersion("wasm-bindgen");
run(join(root, "scripts", "install-tools"), ["wasm"], { env: { ...env, WASM_BINDGEN_VERSION: bindgenVersion } });
const bindgen = join(toolsBin, "wasm-bindgen");
const have = capture(bindgen, ["--version"], { env }).trim();
if (have !== `wasm-bindgen ${bindgenVersion}`) {
  throw new Error(`${bindgen} is "${have}", Cargo.lock has wasm-bindgen ${bindgenVersion}`);
}

// The optimisation level of rustc and wasm-opt: SCREENING_WASM_OPT (z, s, 2, 3);
// the default is the one docs/performance.md measures.
const opt = process.env.SCREENING_WASM_OPT || OPT_LEVEL;
if (!/^[zs23]$/.test(opt)) throw new Error(`SCREENING_WASM_OPT must be z, s, 2 or 3, not ${opt}`);
run("cargo", ["build", "--profile", "wasm-release", "--target", "wasm32-unknown-unknown", "-p", "screening-wasm"], {
  env: { ...env, CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL: opt },
});
const input = join(meta.target_directory, "wasm32-unknown-unknown", "wasm-release", "screening_wasm.wasm");
const crate = meta.packages.find((p) => p.name === "screening-wasm" && meta.workspace_members.includes(p.id));

rmSync(pkg, { recursive: true, force: true });
const common = ["--experimental-reset-state-function", "--no-typescript", "--remove-name-section", "--remove-producers-section"];
run(bindgen, ["--target", "nodejs", ...common, "--out-dir", join(pkg, "node"), input], { env });
run(bindgen, ["--target", "web", ...common, "--out-dir", join(pkg, "web"), input], { env });
// The CommonJS glue of --target nodejs, inside an ESM package.
writeFileSync(join(pkg, "node", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

const wasmFiles = [join(pkg, "node", "screening_wasm_bg.wasm"), join(pkg, "web", "screening_wasm_bg.wasm")];
const before = statSync(wasmFiles[0]).size;
if (process.env.WASM_OPT !== "0") {
  const wasmOpt = join(wasmDir, "node_modules", ".bin", "wasm-opt");
  if (!existsSync(wasmOpt)) throw new Error("wasm-opt missing: run `npm ci` in bindings/wasm (npm package binaryen)");
  // The features rustc enables by default for wasm32-unknown-unknown.
  const features = [
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-multivalue",
    "--enable-reference-types",
  ];
  const optimized = join(pkg, "web", "screening_wasm_bg.opt.wasm");
  run(wasmOpt, [`-O${opt}`, "--strip-debug", "--strip-producers", ...features, wasmFiles[1], "-o", optimized]);
  for (const f of wasmFiles) cpSync(optimized, f);
  rmSync(optimized);
}

const js = join(wasmDir, "js");
for (const f of ["screening.js", "api.js", "web.js", "index.js", "node.js", "node.cjs", "index.d.ts", "types.d.ts"]) {
  cpSync(join(js, f), join(pkg, f));
}
// The CommonJS twin of the API (for node.cjs): screening.js has no import and
// one export statement, at its end.
const esm = readFileSync(join(js, "screening.js"), "utf8");
const exportAt = esm.lastIndexOf("\nexport {");
if (exportAt < 0 || /^import /m.test(esm)) throw new Error("js/screening.js: expected no import and one final `export {…}`");
writeFileSync(join(pkg, "screening.cjs"), `"use strict";\n${esm.slice(0, exportAt)}\nmodule.exports = {${esm.slice(exportAt + "\nexport {".length)}`.replace(/};\s*$/, "};\n"));
// The types for require() under TypeScript's node16/nodenext resolution.
writeFileSync(join(pkg, "index.d.cts"), readFileSync(join(js, "index.d.ts"), "utf8").replaceAll('"./types.js"', '"./types.cjs"'));
cpSync(join(js, "types.d.ts"), join(pkg, "types.d.cts"));
// Every entry file has the same API (for imports by path, as the tests do).
for (const f of ["node.d.ts", "web.d.ts"]) writeFileSync(join(pkg, f), 'export * from "./index.js";\n');
cpSync(join(wasmDir, "README.md"), join(pkg, "README.md"));
const nodeEntry = {
  import: { types: "./index.d.ts", default: "./node.js" },
  require: { types: "./index.d.cts", default: "./node.cjs" },
};
const manifest = {
  name: "screening",
  version: crate.version,
  description: crate.description.replace(/^WebAssembly build of screening-core.*$/, "The rules of Guidance 02-HD/BTCTW for reviewing, educating, screening and removing party members: replay a case, decide a ballot, explained"),
  license: crate.license,
  type: "module",
  main: "./node.cjs",
  module: "./web.js",
  types: "./index.d.ts",
  exports: {
    ".": { node: nodeEntry, types: "./index.d.ts", browser: "./web.js", default: "./web.js" },
    "./auto": { node: nodeEntry, types: "./index.d.ts", browser: "./index.js", default: "./index.js" },
    "./screening_wasm_bg.wasm": "./web/screening_wasm_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["*.js", "*.cjs", "*.d.ts", "*.d.cts", "node/", "web/", "README.md"],
  engines: { node: ">=20.0.0" },
  sideEffects: ["./index.js", "./node.js", "./node.cjs", "./screening.cjs"],
};
writeFileSync(join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// The page loads the browser entry from www/pkg.
rmSync(join(www, "pkg"), { recursive: true, force: true });
cpSync(pkg, join(www, "pkg"), { recursive: true });

const wasm = readFileSync(wasmFiles[1]);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
say(`wasm-bindgen output ${before} bytes (${kb(before)}); shipped ${relative(wasmDir, wasmFiles[1])}: ${wasm.length} bytes (${kb(wasm.length)}), gzip -9 ${gzipSync(wasm, { level: 9 }).length} bytes (${kb(gzipSync(wasm, { level: 9 }).length)})`);
say(`built ${relative(root, pkg)} and ${relative(root, join(www, "pkg"))}`);
mkdirSync(join(wasmDir, "test-results"), { recursive: true });
