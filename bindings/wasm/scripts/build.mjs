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
//   4. wasm-opt from the npm package `binaryen` (Debian's is not used);
//   5. the documents' two modules (bindings/wasm-documents, for
//      `screening/documents`): without and with `.docx`, each through
//      wasm-bindgen for Node and the web and wasm-opt -Oz;
//   6. the wrapper (js/), its types, package.json and README into pkg/.
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

// wasm-opt from the npm package `binaryen`, in place, on the web module; the
// Node module gets the same bytes.
const wasmOpt = join(wasmDir, "node_modules", ".bin", "wasm-opt");
function optimize(name, level) {
  const files = [join(pkg, "node", `${name}_bg.wasm`), join(pkg, "web", `${name}_bg.wasm`)];
  if (process.env.WASM_OPT === "0") return;
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
  const optimized = join(pkg, "web", `${name}_bg.opt.wasm`);
  run(wasmOpt, [`-O${level}`, "--strip-debug", "--strip-producers", ...features, files[1], "-o", optimized]);
  for (const f of files) cpSync(optimized, f);
  rmSync(optimized);
}

const before = statSync(join(pkg, "node", "screening_wasm_bg.wasm")).size;
optimize("screening_wasm", opt);

// The documents (bindings/wasm-documents), two modules loaded only when asked
// (`screening/documents`): HTML and Markdown, and the same with `.docx` (docx-rs
// and its zip and deflate, about four times larger). Built for size: a document
// is made once per click.
const documentModules = [
  { name: "screening_documents", profile: "wasm-documents", features: [] },
  { name: "screening_documents_docx", profile: "wasm-documents-docx", features: ["--features", "docx"] },
];
for (const m of documentModules) {
  run("cargo", ["build", "--profile", m.profile, "--target", "wasm32-unknown-unknown", "-p", "screening-wasm-documents", ...m.features], { env });
  const built = join(meta.target_directory, "wasm32-unknown-unknown", m.profile, "screening_wasm_documents.wasm");
  for (const [target, dir] of [["nodejs", "node"], ["web", "web"]]) {
    run(bindgen, ["--target", target, ...common, "--out-name", m.name, "--out-dir", join(pkg, dir), built], { env });
  }
  optimize(m.name, "z");
}

const js = join(wasmDir, "js");
for (const f of ["screening.js", "api.js", "loader.js", "web.js", "index.js", "node.js", "node.cjs", "index.d.ts", "types.d.ts", "documents-api.js", "documents.js", "documents-node.js", "documents-node.cjs", "documents.d.ts"]) {
  cpSync(join(js, f), join(pkg, f));
}
// The CommonJS twin of the API (for node.cjs): screening.js has no import and
// one export statement, at its end.
const esm = readFileSync(join(js, "screening.js"), "utf8");
const exportAt = esm.lastIndexOf("\nexport {");
if (exportAt < 0 || /^import /m.test(esm)) throw new Error("js/screening.js: expected no import and one final `export {…}`");
writeFileSync(join(pkg, "screening.cjs"), `"use strict";\n${esm.slice(0, exportAt)}\nmodule.exports = {${esm.slice(exportAt + "\nexport {".length)}`.replace(/};\s*$/, "};\n"));
// The CommonJS twin of the documents' API (for documents-node.cjs): one import,
// of screening.js, at its start, and one export statement, at its end.
const docsEsm = readFileSync(join(js, "documents-api.js"), "utf8");
const docsImport = docsEsm.match(/^import (\{[^}]*\}) from "\.\/screening\.js";\n/m);
const docsExportAt = docsEsm.lastIndexOf("\nexport {");
if (!docsImport || docsExportAt < 0 || docsEsm.match(/^import /gm).length !== 1) {
  throw new Error('js/documents-api.js: expected one `import {…} from "./screening.js"` and one final `export {…}`');
}
writeFileSync(
  join(pkg, "documents-api.cjs"),
  `"use strict";\n${docsEsm.slice(0, docsExportAt).replace(docsImport[0], `const ${docsImport[1]} = require("./screening.cjs");\n`)}\nmodule.exports = {${docsEsm.slice(docsExportAt + "\nexport {".length)}`.replace(/};\s*$/, "};\n"),
);
writeFileSync(join(pkg, "documents.d.cts"), readFileSync(join(js, "documents.d.ts"), "utf8").replaceAll('"./index.js"', '"./index.cjs"').replaceAll('"./types.js"', '"./types.cjs"'));
// The types for require() under TypeScript's node16/nodenext resolution.
writeFileSync(join(pkg, "index.d.cts"), readFileSync(join(js, "index.d.ts"), "utf8").replaceAll('"./types.js"', '"./types.cjs"'));
cpSync(join(js, "types.d.ts"), join(pkg, "types.d.cts"));
// Every entry file has the same API (for imports by path, as the tests do).
for (const f of ["node.d.ts", "web.d.ts"]) writeFileSync(join(pkg, f), 'export * from "./index.js";\n');
writeFileSync(join(pkg, "documents-node.d.ts"), 'export * from "./documents.js";\n');
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
    "./documents": {
      node: {
        import: { types: "./documents.d.ts", default: "./documents-node.js" },
        require: { types: "./documents.d.cts", default: "./documents-node.cjs" },
      },
      types: "./documents.d.ts",
      browser: "./documents.js",
      default: "./documents.js",
    },
    "./screening_wasm_bg.wasm": "./web/screening_wasm_bg.wasm",
    "./screening_documents_bg.wasm": "./web/screening_documents_bg.wasm",
    "./screening_documents_docx_bg.wasm": "./web/screening_documents_docx_bg.wasm",
    "./package.json": "./package.json",
  },
  files: ["*.js", "*.cjs", "*.d.ts", "*.d.cts", "node/", "web/", "README.md"],
  engines: { node: ">=20.0.0" },
  sideEffects: ["./index.js", "./node.js", "./node.cjs", "./screening.cjs", "./documents-node.js", "./documents-node.cjs"],
};
writeFileSync(join(pkg, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// The page loads the browser entry from www/pkg.
rmSync(join(www, "pkg"), { recursive: true, force: true });
cpSync(pkg, join(www, "pkg"), { recursive: true });

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
say(`wasm-bindgen output of screening_wasm: ${before} bytes (${kb(before)})`);
for (const name of ["screening_wasm", ...documentModules.map((m) => m.name)]) {
  const file = join(pkg, "web", `${name}_bg.wasm`);
  const wasm = readFileSync(file);
  const gz = gzipSync(wasm, { level: 9 }).length;
  say(`shipped ${relative(wasmDir, file)}: ${wasm.length} bytes (${kb(wasm.length)}), gzip -9 ${gz} bytes (${kb(gz)})`);
}
say(`built ${relative(root, pkg)} and ${relative(root, join(www, "pkg"))}`);
mkdirSync(join(wasmDir, "test-results"), { recursive: true });
