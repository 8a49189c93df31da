// The project README's JavaScript example runs as written, against the built package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { repoRoot, wasmDir } from "./support.js";

test("the project README's JavaScript example runs", async () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 1, "the README has one JavaScript example");
  const entry = pathToFileURL(join(wasmDir, "pkg", "node.js")).href;
  const code = blocks[0].replaceAll('from "screening"', `from ${JSON.stringify(entry)}`);
  assert.notEqual(code, blocks[0], "the example imports the package as `screening`");
  const dir = mkdtempSync(join(tmpdir(), "screening-readme-"));
  try {
    const file = join(dir, "example.mjs");
    writeFileSync(file, code);
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the package README's first example runs", async () => {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const block = readme.match(/```js\n([\s\S]*?)```/)[1];
  const entry = pathToFileURL(join(wasmDir, "pkg", "node.js")).href;
  const code = block.replaceAll('from "screening"', `from ${JSON.stringify(entry)}`);
  assert.notEqual(code, block, "the example imports the package as `screening`");
  const dir = mkdtempSync(join(tmpdir(), "screening-readme-"));
  try {
    const file = join(dir, "example.mjs");
    writeFileSync(file, code);
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the package README's documents example runs", async () => {
  const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## The documents: `screening/documents`"));
  const block = section.match(/```js\n([\s\S]*?)```/)[1];
  const entry = pathToFileURL(join(wasmDir, "pkg", "documents-node.js")).href;
  const code = block.replaceAll('import("screening/documents")', `import(${JSON.stringify(entry)})`);
  assert.notEqual(code, block, "the example imports `screening/documents`");
  const example = (name) => JSON.stringify(readFileSync(join(repoRoot, "examples", name), "utf8"));
  const checks =
    'if (!html.includes("BIÊN BẢN KIỂM PHIẾU") || !(bytes instanceof Uint8Array) || blob.size !== bytes.length) throw new Error("the documents example made nothing");\n';
  const dir = mkdtempSync(join(tmpdir(), "screening-readme-"));
  try {
    const file = join(dir, "documents.mjs");
    writeFileSync(file, `const caseFile = ${example("case-DV-0042.json")};\nconst context = ${example("context-DV-0042.json")};\n${code}${checks}`);
    await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
