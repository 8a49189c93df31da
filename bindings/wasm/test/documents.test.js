// `screening/documents`: every document of the example case in HTML, Markdown
// (the same text as the Rust CLI's, committed in docs/examples) and .docx (read
// back from its zip), the documents' errors as ScreeningError subclasses with
// their codes, argument errors, and recovery after a trap.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import * as docs from "../pkg/documents-node.js";
import { Case, MalformedError, ScreeningError } from "../pkg/node.js";
import { repoRoot } from "./support.js";

const require = createRequire(import.meta.url);
const { _trapForTests } = require("../pkg/documents-api.cjs");
const { approvalList, resolution, voteRecord } = docs;

const caseText = readFileSync(join(repoRoot, "examples", "case-DV-0042.json"), "utf8");
const contextText = readFileSync(join(repoRoot, "examples", "context-DV-0042.json"), "utf8");
const context = JSON.parse(contextText);
const member = context.people["DV-0042"].name;
const golden = (name) => readFileSync(join(repoRoot, "docs", "examples", name), "utf8");

/** The files of a zip archive (stored or deflated), read from its central directory. */
function unzip(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, "no end of central directory: not a zip");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, "central directory entry");
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    assert.equal(buf.readUInt32LE(local), 0x04034b50, `local header of ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    const content = method === 0 ? data : inflateRawSync(data);
    assert.equal(content.length, size, `${name}: size`);
    files.set(name, content);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The text of a .docx: the runs of word/document.xml, one paragraph a line. */
function docxText(bytes) {
  const xml = unzip(bytes).get("word/document.xml");
  assert.ok(xml, "the .docx has word/document.xml");
  const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return xml
    .toString("utf8")
    .split(/<\/w:p>/)
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(""))
    .join("\n");
}

/** Runs `fn`, which must throw a ScreeningError; returns it. */
function refused(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ScreeningError, `expected a ScreeningError, got ${e}`);
    return e;
  }
  assert.fail("expected a refusal");
}

// Each document of the example case, with the title it carries and the people
// of the context it names.
const papers = [
  { make: voteRecord, kind: "vote-record", event: 3, title: "BIÊN BẢN KIỂM PHIẾU", names: [member, "Nguyễn Văn An", "Hoàng Thị Em", "Vũ Văn Phúc", "Đặng Thị Giang", "Bùi Văn Hải"] },
  { make: voteRecord, kind: "vote-record", event: 11, title: "BIÊN BẢN KIỂM PHIẾU", names: [member, "Nguyễn Văn An", "Hoàng Thị Em", "Vũ Văn Phúc", "Đặng Thị Giang"] },
  { make: approvalList, kind: "list", event: 3, title: "DANH SÁCH", names: [member, "Nguyễn Văn An"] },
  { make: approvalList, kind: "list", event: 8, title: "DANH SÁCH", names: [member, "Nguyễn Văn An"] },
  { make: resolution, kind: "resolution", event: 7, title: "NGHỊ QUYẾT", names: [member, "Nguyễn Văn An"] },
  { make: resolution, kind: "resolution", event: 11, title: "NGHỊ QUYẾT", names: [member, "Nguyễn Văn An"] },
];

for (const p of papers) {
  test(`${p.kind} of event ${p.event}: Markdown is the Rust CLI's committed text`, () => {
    const md = p.make(caseText, { event: p.event, context: contextText, format: "md" });
    assert.equal(typeof md, "string");
    assert.equal(md, golden(`${p.kind}-DV-0042-event-${p.event}.md`));
  });

  test(`${p.kind} of event ${p.event}: HTML is one printable page naming the member and the people of the context`, () => {
    const html = p.make(caseText, { event: p.event, context });
    assert.equal(typeof html, "string");
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes(p.title), p.title);
    assert.ok(html.includes("ĐẢNG CỘNG SẢN VIỆT NAM"));
    for (const name of p.names) assert.ok(html.includes(name), name);
  });

  test(`${p.kind} of event ${p.event}: .docx holds word/document.xml with the title, the member and the people of the context`, () => {
    const docx = p.make(caseText, { event: p.event, context, format: "docx" });
    assert.ok(docx instanceof Uint8Array);
    assert.equal(String.fromCharCode(docx[0], docx[1]), "PK");
    const text = docxText(docx);
    assert.ok(text.includes(p.title), p.title);
    assert.ok(text.includes("ĐẢNG CỘNG SẢN VIỆT NAM"));
    for (const name of p.names) assert.ok(text.includes(name), `${name} in ${text.slice(0, 400)}`);
    assert.doesNotMatch(text, /\b[ETSADI][0-9]/, "no rule ID in the signed text");
  });
}

test("without a context, the names are dotted blanks, never the case's ids", () => {
  assert.equal(voteRecord(caseText, { event: 11, format: "md" }), golden("vote-record-DV-0042-event-11-blank.md"));
  const text = docxText(voteRecord(caseText, { event: 11, format: "docx" }));
  assert.ok(text.includes("…………………"));
  assert.ok(!text.includes(member));
  assert.ok(!text.includes("DV-0042"));
});

test("explain gives the explanation sheet, as the CLI's --explain", () => {
  const sheet = voteRecord(caseText, { event: 11, context: contextText, format: "md", explain: true });
  assert.equal(sheet, golden("vote-record-DV-0042-event-11-explained.md"));
  assert.match(sheet, /T1/);
  assert.equal(docxText(voteRecord(caseText, { event: 11, format: "docx", explain: true })).includes("T1"), true);
});

test("a case file as text, as an object, or as the main entry's Case makes the same document", () => {
  const fromText = resolution(caseText, { event: 11, context });
  assert.equal(resolution(JSON.parse(caseText), { event: 11, context }), fromText);
  const c = Case.fromJSON(caseText);
  try {
    assert.equal(resolution(c, { event: 11, context }), fromText);
  } finally {
    c.free();
  }
  assert.equal(approvalList([caseText], { event: 8, context: contextText, format: "md" }), golden("list-DV-0042-event-8.md"));
});

test("without an event, the case's last ballot (a resolution: its last assignment or screening ballot)", () => {
  assert.equal(voteRecord(caseText, { context }), voteRecord(caseText, { event: 11, context }));
  assert.equal(resolution(caseText, { context, format: "md" }), golden("resolution-DV-0042-event-11.md"));
});

test("a bad event index is the documents' error, with its code and class, in both modules", () => {
  for (const format of ["html", "docx"]) {
    const past = refused(() => voteRecord(caseText, { event: 99, format }));
    assert.ok(past instanceof docs.NoSuchEventError);
    assert.equal(past.name, "NoSuchEventError");
    assert.equal(past.code, "no_such_event");
    assert.equal(past.message, "there is no event 99: the case has 16 applied event(s), numbered from 0");
    assert.match(past.messageVi, /^Không có sự kiện số 99/);

    const notBallot = refused(() => voteRecord(caseText, { event: 0, format }));
    assert.ok(notBallot instanceof docs.NotABallotError);
    assert.equal(notBallot.code, "not_a_ballot");

    const notResolution = refused(() => resolution(caseText, { event: 3, format }));
    assert.ok(notResolution instanceof docs.NotAResolutionError);
    assert.equal(notResolution.code, "not_a_resolution");

    const notOnList = refused(() => approvalList(caseText, { event: 11, format }));
    assert.ok(notOnList instanceof docs.NotOnAListError);
    assert.equal(notOnList.code, "not_on_a_list");
  }
});

test("the documents' other errors have their codes and classes", () => {
  const e1 = refused(() => approvalList([]));
  assert.ok(e1 instanceof docs.NoCasesError);
  assert.equal(e1.code, "no_cases");
  const e2 = refused(() => approvalList([caseText, caseText], { event: 8 }));
  assert.ok(e2 instanceof docs.EventWithSeveralCasesError);
  assert.equal(e2.code, "event_with_several_cases");
  const ctx = refused(() => voteRecord(caseText, { context: { format: "screening-context/1", meetings: [{ event: 11, tellers: { member: "X" } }] } }));
  assert.ok(ctx instanceof docs.MalformedContextError);
  assert.equal(ctx.code, "malformed_context");
  assert.equal(ctx.path, "meetings[0].tellers.member");
  const tooMany = refused(() => voteRecord(caseText, { event: 11, context: { format: "screening-context/1", meetings: [{ event: 11, present: 99 }] } }));
  assert.ok(tooMany instanceof docs.InconsistentContextError);
  assert.equal(tooMany.code, "inconsistent_context");
});

test("a case file's own errors keep the core's codes and paths; in a list, the case is named", () => {
  const bad = JSON.parse(caseText);
  bad.events[3].electorate.official = -1;
  const e = refused(() => voteRecord(bad));
  assert.ok(e instanceof MalformedError);
  assert.equal(e.code, "malformed");
  assert.equal(e.path, "events[3].electorate.official");
  const inList = refused(() => approvalList([caseText, bad]));
  assert.equal(inList.path, "cases[1].events[3].electorate.official");
  const refusedEvent = JSON.parse(caseText);
  refusedEvent.events.splice(1, 1);
  const r = refused(() => voteRecord(refusedEvent));
  assert.equal(r.at, 1);
  assert.equal(typeof r.code, "string");
  assert.notEqual(r.code, "malformed");
});

test("bad arguments are malformed, naming the argument", () => {
  const cases = [
    [() => voteRecord(42), "caseFile", "caseFile: 42 is not JSON text or an object"],
    [() => voteRecord(caseText, { event: -1 }), "options.event", "options.event: -1 is not a count from 0 to 4294967295"],
    [() => voteRecord(caseText, { event: 1.5 }), "options.event", "options.event: 1.5 is not a count from 0 to 4294967295"],
    [() => voteRecord(caseText, { event: "3" }), "options.event", 'options.event: "3" is not a count from 0 to 4294967295'],
    [() => voteRecord(caseText, { format: "pdf" }), "options.format", 'options.format: "pdf" is not a format, "html", "md" or "docx"'],
    [() => voteRecord(caseText, { explain: "yes" }), "options.explain", 'options.explain: "yes" is not true or false'],
    [() => voteRecord(caseText, { evnt: 3 }), "options.evnt", "options.evnt: unknown field; the fields are event, context, format, explain"],
    [() => voteRecord(caseText, "html"), "options", 'options: "html" is not an object'],
    [() => voteRecord(caseText, { context: 7 }), "options.context", "options.context: 7 is not JSON text or an object"],
    [() => approvalList([caseText, null]), "cases[1]", "cases[1]: null is not JSON text or an object"],
  ];
  for (const [call, path, message] of cases) {
    const e = refused(call);
    assert.ok(e instanceof MalformedError, message);
    assert.equal(e.path, path);
    assert.equal(e.message, message);
    assert.ok(e.messageVi.startsWith(`${path}: `), e.messageVi);
  }
});

test("import and require give the same functions and classes, shared with the main entry", () => {
  const cjs = require("../pkg/documents-node.cjs");
  assert.equal(cjs.voteRecord, voteRecord);
  assert.equal(cjs.NoSuchEventError, docs.NoSuchEventError);
  assert.equal(docs.ScreeningError, ScreeningError);
  assert.equal(require("../pkg/node.cjs").ScreeningError, ScreeningError);
});

test("after a trap, the module is reset: internal, then documents again", () => {
  const e = refused(() => _trapForTests());
  assert.equal(e.code, "internal");
  assert.equal(e.name, "InternalError");
  assert.equal(voteRecord(caseText, { event: 11, context: contextText, format: "md" }), golden("vote-record-DV-0042-event-11.md"));
});
