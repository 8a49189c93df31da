#!/usr/bin/env node
// The packaging tests of `screening`: packs the built package (../pkg) with
// `npm pack`, installs the tarball here (beside the toolchains of
// package-lock.json, installed by `npm ci`), and builds and runs one small app
// per toolchain. Each app runs shared/check.js against the package as that
// toolchain delivers it; browser apps run in headless chromium.
//
//   node run.mjs [NAME...]     (default: every app; see `apps` below)
//
// Needs: ../pkg built (npm run build in bindings/wasm), `npm ci` done here and
// in bindings/wasm (playwright-core), chromium at $CHROMIUM or /usr/bin/chromium.
// Exits non-zero if any app fails; prints one line per app.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { expected } from "./shared/check.js";
import { documentsExpected } from "./shared/documents-check.js";

const here = dirname(fileURLToPath(import.meta.url));
const wasmDir = resolve(here, "..");
const pkg = join(wasmDir, "pkg");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const say = (msg) => console.log(`==> ${msg}`);

if (!existsSync(join(pkg, "package.json"))) throw new Error(`${pkg} is not built: run \`npm run build\` in bindings/wasm`);
if (!existsSync(join(here, "node_modules", "vite7"))) throw new Error(`run \`npm ci\` in ${here} first`);

const work = mkdtempSync(join(tmpdir(), "screening-packaging-"));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

// 1. npm pack, 2. install the tarball (without touching package.json or the lock).
say("npm pack bindings/wasm/pkg");
const packed = JSON.parse(execFileSync(npm, ["pack", pkg, "--json", "--pack-destination", work], { encoding: "utf8" }));
const tarball = join(work, packed[0].filename);
say(`${packed[0].filename}: ${packed[0].size} bytes packed, ${packed[0].unpackedSize} unpacked, ${packed[0].entryCount} files`);
say("npm install --no-save the tarball");
execFileSync(npm, ["install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: here, stdio: "inherit" });

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: here, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...opts });

function sameAsExpected(got, what, want = expected) {
  if (!isDeepStrictEqual(got, want)) throw new Error(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

// ------------------------------------------------------------------ browser
let browser = null;
async function chromium() {
  if (browser === null) {
    const { chromium } = createRequire(join(wasmDir, "package.json"))("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
  }
  return browser;
}

async function checkPage(url, what, want = expected) {
  const page = await (await chromium()).newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__screening !== undefined, null, { timeout: 60_000 }).catch(() => {
      throw new Error(`${what}: no result from the page (${problems.join("; ") || "no error shown"})`);
    });
    const got = await page.evaluate(() => window.__screening);
    if (got.error) throw new Error(`${what}: ${got.error} ${problems.join("; ")}`);
    sameAsExpected(got, what, want);
  } finally {
    await page.close();
  }
}

async function serveAndCheck(dir, what, want = expected) {
  const { serve } = await import(pathToFileURL(join(wasmDir, "scripts", "static-server.mjs")).href);
  const server = await serve(dir);
  try {
    await checkPage(`http://127.0.0.1:${server.address().port}/`, what, want);
  } finally {
    server.close();
  }
}

const page = (script) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${script}</body></html>\n`;

// ------------------------------------------------------------------ apps
async function esbuildApp(format) {
  const esbuild = await import("esbuild");
  const out = join(work, `esbuild-${format}`);
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: [join(here, "esbuild", "main.js")],
    bundle: true,
    format,
    platform: "browser",
    loader: { ".wasm": "file" },
    outdir: out,
    logLevel: "error",
  });
  const wasm = readdirSync(out).filter((f) => f.endsWith(".wasm"));
  if (wasm.length !== 1) throw new Error(`esbuild ${format}: expected one .wasm in the output, got ${wasm.join(", ") || "none"}`);
  writeFileSync(join(out, "index.html"), page(format === "esm" ? '<script type="module" src="main.js"></script>' : '<script src="main.js"></script>'));
  await serveAndCheck(out, `esbuild ${format}`);
}

// A Node server bundled by esbuild, with `screening` marked external (as the
// README says): the bundle loads the package from node_modules at run time.
async function esbuildNode() {
  const esbuild = await import("esbuild");
  const out = join(here, "node-esm", "dist");
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: [join(here, "node-esm", "main.mjs")],
    bundle: true,
    platform: "node",
    format: "esm",
    external: ["screening"],
    outfile: join(out, "server.mjs"),
    logLevel: "error",
  });
  try {
    nodeApp("node-esm/dist/server.mjs");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// The app's expected answer: the documents app checks its own.
const wantOf = (app) => (app === "vite-documents" ? documentsExpected : expected);

async function viteBuild(name, app = "vite") {
  const vite = await import(name);
  const out = join(work, `${name}-${app}-build`);
  await vite.build({
    root: join(here, app),
    configFile: join(here, app, "vite.config.js"),
    logLevel: "error",
    build: { outDir: out, emptyOutDir: true },
  });
  await serveAndCheck(out, `${name} build (${app})`, wantOf(app));
}

async function viteDev(name, app = "vite") {
  const vite = await import(name);
  const server = await vite.createServer({
    root: join(here, app),
    configFile: join(here, app, "vite.config.js"),
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false },
    cacheDir: join(work, `${name}-${app}-cache`),
  });
  await server.listen();
  try {
    await checkPage(server.resolvedUrls.local[0], `${name} dev server (${app})`, wantOf(app));
  } finally {
    await server.close();
  }
}

async function webpackApp() {
  const { default: webpack } = await import("webpack");
  const { default: config } = await import(pathToFileURL(join(here, "webpack", "webpack.config.js")).href);
  const out = join(work, "webpack");
  const stats = await new Promise((ok, fail) => webpack(config(out), (err, s) => (err ? fail(err) : ok(s))));
  if (stats.hasErrors()) throw new Error(`webpack: ${stats.toString("errors-only")}`);
  writeFileSync(join(out, "index.html"), page('<script src="main.js"></script>'));
  await serveAndCheck(out, "webpack");
}

function nodeApp(file, flags = []) {
  const got = JSON.parse(run(process.execPath, [...flags, join(here, file)]).trim());
  sameAsExpected(got, file);
}

function tsc(project) {
  try {
    run(process.execPath, [join(here, "node_modules", "typescript", "bin", "tsc"), "-p", join(here, project)]);
  } catch (e) {
    throw new Error(`tsc -p ${project}: ${e.stdout}${e.stderr}`);
  }
}

const apps = {
  "node-esm": () => nodeApp("node-esm/main.mjs"),
  // Without require(esm), as Node 20 before 20.19 runs: the CommonJS entry is real.
  "node-cjs": () => nodeApp("node-cjs/main.cjs", ["--no-experimental-require-module"]),
  "esbuild-esm": () => esbuildApp("esm"),
  "esbuild-iife": () => esbuildApp("iife"),
  "esbuild-node-external": () => esbuildNode(),
  "vite6-build": () => viteBuild("vite6"),
  "vite7-build": () => viteBuild("vite7"),
  "vite6-dev": () => viteDev("vite6"),
  "vite7-dev": () => viteDev("vite7"),
  // The convenience entry, with top-level await.
  "vite7-auto-build": () => viteBuild("vite7", "vite-auto"),
  "vite7-auto-dev": () => viteDev("vite7", "vite-auto"),
  // screening/documents by dynamic import(), its modules fetched only when asked.
  "vite7-documents-build": () => viteBuild("vite7", "vite-documents"),
  "vite7-documents-dev": () => viteDev("vite7", "vite-documents"),
  webpack5: () => webpackApp(),
  "tsc-bundler": () => tsc("tsc/bundler"),
  "tsc-node16": () => tsc("tsc/node16"),
};

const chosen = process.argv.slice(2);
for (const name of chosen) if (!(name in apps)) throw new Error(`no app ${name}; the apps: ${Object.keys(apps).join(", ")}`);
let failed = 0;
for (const [name, app] of Object.entries(apps)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  const t = Date.now();
  try {
    await app();
    console.log(`ok   ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
if (browser !== null) await browser.close();
rmSync(work, { recursive: true, force: true });
say(failed === 0 ? "packaging: every app passed" : `packaging: ${failed} app(s) failed`);
process.exit(failed === 0 ? 0 : 1);
