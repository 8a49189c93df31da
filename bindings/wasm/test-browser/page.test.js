// The web page, the branch's workspace, in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; no browser is downloaded),
// served by a tiny static server on 127.0.0.1. Each test has a browser context
// of its own, so its IndexedDB starts empty.
//
// Times are measured and printed (and written to test-results/timings.txt),
// never asserted: a loaded machine must not fail a test. What is asserted is
// the structure that makes the page fast and safe: a bounded number of rows
// in the DOM, progress shown while a file is read, nothing changed by a
// failure.
import { formatDate } from "../pkg/node.js";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { Case, labels } from "../pkg/node.js";
import { serve } from "../scripts/static-server.mjs";
import { wasmDir } from "../test/support.js";
import * as documents from "../pkg/documents-node.js";
import { jsonLines, longCase, memberCase } from "./fixtures.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const results = join(wasmDir, "test-results");
const timings = join(results, "timings.txt");
const scratch = join(tmpdir(), `screening-page-${process.pid}`);
const L = labels();

let server;
let browser;
let base;

before(async () => {
  mkdirSync(results, { recursive: true });
  mkdirSync(scratch, { recursive: true });
  rmSync(timings, { force: true });
  server = await serve(join(wasmDir, "www"));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
  rmSync(scratch, { recursive: true, force: true });
});

/** Prints a measured time and keeps it in test-results/timings.txt. */
function timing(what, ms) {
  const line = `${what}: ${Math.round(ms)} ms`;
  console.log(`# ${line}`);
  appendFileSync(timings, `${line}\n`);
}

/**
 * A fresh page in a fresh context (empty IndexedDB). It records every error,
 * failed request and Content-Security-Policy violation in `problems`; with
 * `quota`, IndexedDB's put throws QuotaExceededError while `window.__quota` is true.
 */
async function openPage({ quota = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN", acceptDownloads: true });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (quota) {
    await context.addInitScript(() => {
      window.__quota = false;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return put.apply(this, args);
      };
    });
  }
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  const check = async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), [], "Content-Security-Policy violations");
    assert.deepEqual(problems, []);
  };
  return { context, page, problems, check };
}

const textOf = async (page, sel) => ((await page.textContent(sel)) ?? "").trim();

async function optionValues(page, sel) {
  return page.$$eval(`${sel} option`, (os) => os.map((o) => o.value));
}

/** Writes `text` to a scratch file and gives it to the page's file input. */
async function importText(page, name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  await page.setInputFiles("#import-file", path);
  return path;
}

/** The cases the list shows: member id -> [state label, version]. */
async function listed(page) {
  const rows = await page.$$eval("#cases tr.case", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent.trim())));
  return Object.fromEntries(rows.map(([member, , state, , version]) => [member, [state, version]]));
}

/** Where the page says the open case stands. */
async function status(page) {
  return {
    state: await textOf(page, "#status-state"),
    step: await textOf(page, "#status-step"),
    cycle: await textOf(page, "#status-cycle"),
    screeningFrom: await textOf(page, "#status-screening-from"),
    version: await textOf(page, "#status-version"),
  };
}

/** "ngày 04/3/2024" for 2024-03-04: the library's way of writing a date in Vietnamese prose. */
function ngay(iso) {
  return `ngày ${formatDate(iso, "vi")}`;
}

/** Fills the record form for `event` (only the fields of its type) and submits it. */
async function fillEvent(page, event) {
  await page.selectOption("#event-type", event.type);
  await page.selectOption("#event-by", event.by);
  await page.fill("#event-date", event.date);
  if (event.criteria) for (const c of event.criteria) await page.check(`input[name="criteria"][value="${c}"]`);
  for (const f of ["proceed", "approved", "forward", "violations_confirmed"]) {
    if (f in event) await page.selectOption(`#field-${f}`, String(event[f]));
  }
  if (event.electorate) {
    await page.fill("#field-official", String(event.electorate.official));
    await page.fill("#field-exempt", String(event.electorate.exempt));
    await page.fill("#field-exempt_attending", String(event.electorate.exempt_attending ?? ""));
    await page.fill("#field-excluded", String(event.electorate.excluded ?? ""));
  }
  for (const f of ["ballots", "progress_ballots", "removal_ballots"]) {
    if (!event[f]) continue;
    for (const k of ["issued", "returned", "invalid"]) await page.fill(`#field-${f}-${k}`, String(event[f][k]));
  }
  for (const f of ["yes", "progress_yes", "removal_yes"]) {
    if (f in event) await page.fill(`#field-${f}`, String(event[f]));
  }
  if (event.mentor) {
    await page.fill("#field-mentor-id", event.mentor.id);
    await page.selectOption("#field-mentor-role", event.mentor.role);
  }
  if (event.note) await page.fill("#event-note", event.note);
  await page.click("#record-submit");
}

/** Records `event` on the page and on a Case in Node; both must agree. */
async function step(page, model, event, { historyRows } = {}) {
  const entry = model.apply(event);
  const before = await page.evaluate(() => document.querySelector("#message")?.textContent ?? "");
  await fillEvent(page, event);
  // Wait for this event's message or a new refusal: the previous message (an
  // earlier step's, or a refusal) stays on the page until the new one is shown.
  await page.waitForFunction(
    ([text, previous]) => {
      const m = document.querySelector("#message");
      if (m === null || m.textContent === previous) return false;
      return m.classList.contains("error") || (m.classList.contains("ok") && m.textContent.includes(text));
    },
    [entry.explanation.vi, before],
    { timeout: 10_000 },
  );
  const message = await textOf(page, "#message");
  assert.ok(!(await page.$("#message.error")), `${event.type}: the page refused it: ${message}`);
  assert.match(message, new RegExp(escape(entry.explanation.vi)));
  const r = model.report();
  assert.deepEqual(await status(page), {
    state: L.states[r.state].vi,
    step: r.step === null ? "—" : `${r.step}. ${L.steps[String(r.step)].vi}`,
    cycle: String(r.cycle),
    screeningFrom: r.screening_from ? ngay(r.screening_from) : "—",
    version: String(r.version),
  });
  // The form offers exactly the events allowed now, with their bodies.
  if (r.next.length > 0) {
    assert.deepEqual(await optionValues(page, "#event-type"), r.next.map((n) => n.type));
    assert.deepEqual(await optionValues(page, "#event-by"), r.next[0].by);
  }
  // The newest history entry: the explanation, the rules, the ballot's numbers.
  const top = "#history li.entry:first-child";
  assert.equal(await page.getAttribute(top, "data-type"), event.type);
  assert.equal(await textOf(page, `${top} .explanation`), entry.explanation.vi);
  assert.deepEqual(await page.$$eval(`${top} .rule`, (rs) => rs.map((x) => x.textContent)), entry.rules);
  if (entry.ballot) {
    const cells = await page.$$eval(`${top} .ballot td.n`, (ts) => ts.map((x) => x.textContent));
    const expected = entry.ballot.votes.flatMap((v) => [`${v.yes}/${entry.ballot.electorate.size}`, String(v.required)]);
    assert.deepEqual(cells, expected);
  }
  assert.equal(await page.locator("#history li.entry").count(), historyRows ?? r.version);
  // The list agrees with the open case.
  assert.deepEqual((await listed(page))[r.member.id], [L.states[r.state].vi, String(r.version)]);
  assert.doesNotMatch(await textOf(page, "main"), /\b(null|undefined|NaN)\b/);
  return entry;
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Clicks the export button; the downloaded file's text. */
async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-button")]);
  assert.match(download.suggestedFilename(), /\.jsonl$/);
  return readFileSync(await download.path(), "utf8");
}

/** The date the page's date field starts from: today in the browser's time zone. */
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

test("the page sets a Content-Security-Policy that blocks inline scripts, and runs under it", async () => {
  const { page, check, context } = await openPage();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  await check();
  // An inline script is refused: the policy is in force, not only written.
  const ran = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true;";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return [window.__inlineRan === true, window.__violations.length];
  });
  assert.deepEqual(ran, [false, 1]);
  await context.close();
});

test("a branch secretary takes a case through the page", async () => {
  const { page, check, context } = await openPage();
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  assert.equal(await textOf(page, "#title"), "Theo dõi hồ sơ rà soát, sàng lọc đảng viên của chi bộ");
  assert.doesNotMatch(await textOf(page, "main"), /\b(null|undefined|NaN)\b/);

  // A new case: stored, then listed and opened.
  await page.click("#setup summary");
  await page.fill("#member-id", "DV-0042");
  await page.selectOption("#member-status", "official");
  await page.fill("#branch-id", "CB-07");
  await page.selectOption("#branch-kind", "under_grassroots_committee");
  await page.check("#has-committee");
  await page.click("#create-case");
  await page.waitForSelector("#status-card:not([hidden])");
  const member = { id: "DV-0042", status: "official" };
  const branch = { id: "CB-07", kind: "under_grassroots_committee", has_committee: true };
  const model = new Case({ member, branch });
  assert.equal(await textOf(page, "#status-state"), L.states.new.vi);
  assert.deepEqual(await optionValues(page, "#event-type"), ["flagged"]);
  assert.equal(await page.inputValue("#event-date"), await browserToday(page));
  assert.deepEqual(await listed(page), { "DV-0042": [L.states.new.vi, "0"] });

  const committee = "branch_committee";
  const superior = "grassroots_committee";
  await step(page, model, { type: "flagged", date: "2025-01-10", by: committee, criteria: ["two_years_not_completed", "degradation"], note: "xếp loại 2023, 2024" });
  await step(page, model, { type: "direction_requested", date: "2025-01-12", by: committee });
  await step(page, model, { type: "direction_given", date: "2025-01-20", by: superior, proceed: true });
  // One official member left out of the base (E5); the tellers' count (E6).
  const listing = await step(page, model, {
    type: "listing_voted",
    date: "2025-02-03",
    by: "branch",
    electorate: { official: 10, exempt: 1, excluded: 1 },
    yes: 6,
    ballots: { issued: 8, returned: 8, invalid: 0 },
  });
  assert.equal(listing.ballot.outcome, "listed");
  assert.match(await textOf(page, "#history li.entry:first-child .ballot"), /6\/8/);
  assert.match(await textOf(page, "#history li.entry:first-child .ballot"), /− 1 không tính vào căn cứ/);
  assert.equal(await textOf(page, "#history li.entry:first-child .tellers"), `Kiểm phiếu, ${L.questions.listing.vi}: phát ra 8, thu vào 8, không hợp lệ 0`);
  await step(page, model, { type: "listing_reviewed", date: "2025-02-10", by: superior, approved: true });
  await step(page, model, { type: "member_notified", date: "2025-02-12", by: committee });
  await step(page, model, { type: "self_criticism_submitted", date: "2025-02-20", by: "member" });
  await step(page, model, { type: "mentor_assigned", date: "2025-03-01", by: "branch", mentor: { id: "DV-0099", role: "member" } });
  assert.equal(await textOf(page, "#status-screening-from"), "ngày 02/3/2026");
  assert.equal(await textOf(page, "#status-cycle"), "1");

  // A screening ballot before the earliest date: refused with the library's
  // message; the case and everything typed are kept.
  await page.selectOption("#event-type", "screening_voted");
  assert.equal(await textOf(page, "#event-date-hint"), "Sớm nhất từ ngày 02/3/2026");
  const early = { type: "screening_voted", date: "2026-03-01", by: "branch", electorate: { official: 10, exempt: 1 }, progress_yes: 3, removal_yes: 2 };
  let refusal;
  try {
    Case.fromJSON(model.toJSON()).apply(early);
  } catch (e) {
    refusal = e;
  }
  assert.equal(refusal.code, "too_early");
  await fillEvent(page, early);
  await page.waitForSelector("#message.error");
  assert.equal(await textOf(page, "#error-text"), refusal.messageVi);
  assert.equal(await textOf(page, "#error-code"), "too_early");
  assert.equal(await textOf(page, "#error-where"), `Việc thứ 9 bị từ chối; hồ sơ giữ nguyên ở trạng thái “${L.states.under_monitoring.vi}”.`);
  assert.equal(await textOf(page, "#status-version"), "8");
  assert.equal(await page.locator("#history li.entry").count(), 8);
  assert.equal(await page.inputValue("#event-date"), "2026-03-01");
  assert.equal(await page.inputValue("#field-official"), "10");
  assert.equal(await page.inputValue("#field-progress_yes"), "3");
  await page.screenshot({ path: join(results, "refused-vi.png"), fullPage: true });

  // English: the same refusal in English, the form still as typed.
  await page.click("#lang-en");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await textOf(page, "#error-text"), refusal.messageEn);
  assert.equal(await textOf(page, "#status-state"), L.states.under_monitoring.en);
  assert.equal(await textOf(page, "#status-screening-from"), "2 March 2026");
  assert.equal(await page.inputValue("#event-date"), "2026-03-01");
  assert.equal(await page.inputValue("#field-removal_yes"), "2");
  assert.equal(await textOf(page, "#history li.entry:first-child .explanation"), model.report().history[7].explanation.en);
  await page.screenshot({ path: join(results, "refused-en.png"), fullPage: true });
  await page.click("#lang-vi");

  // After the 12 months: the screening ballots, then the superior's review.
  const screening = await step(page, model, { ...early, date: "2026-03-02" });
  assert.equal(screening.ballot.outcome, "continue_education");
  await step(page, model, { type: "decision_reviewed", date: "2026-03-20", by: superior, approved: true });
  assert.equal(await textOf(page, "#status-cycle"), "2");
  assert.equal(await textOf(page, "#status-screening-from"), "ngày 03/3/2027");
  await page.screenshot({ path: join(results, "page.png"), fullPage: true });

  // Export: JSON Lines, one line, the case file.
  const out = await exported(page);
  assert.equal(out, `${JSON.stringify(model.toJSON())}\n`);

  // A file with a line that is not a case: refused whole, the line named with
  // the library's message; nothing imported, the case unchanged.
  const short = { ...model.toJSON(), events: model.toJSON().events.slice(0, 4) };
  const garbage = '{"format": "screening-case/1", "member": 1}';
  let unreadable;
  try {
    Case.fromJSON(garbage);
  } catch (e) {
    unreadable = e;
  }
  assert.equal(unreadable.code, "malformed");
  await importText(page, "bad.jsonl", `${JSON.stringify(short)}\n${garbage}\n\n${JSON.stringify(short)}\n`);
  await page.waitForSelector("#message.import");
  assert.equal(await textOf(page, "#error-text"), "Tệp “bad.jsonl” có 2/3 dòng không nhập được; chưa nhập hồ sơ nào.");
  assert.deepEqual(await page.$$eval("#import-problems li", (li) => li.map((x) => [x.dataset.line, x.dataset.code])), [["2", "malformed"], ["4", "duplicate"]]);
  assert.deepEqual(await page.$$eval("#import-problems li", (li) => li.map((x) => x.textContent)), [
    `Dòng 2: ${unreadable.messageVi}`,
    "Dòng 4 (DV-0042): trùng hồ sơ ở dòng 1 (cùng mã đảng viên, cùng chi bộ)",
  ]);
  assert.equal(await textOf(page, "#import-readable"), "Chỉ nhập 1 hồ sơ đọc được");
  await page.click("#import-cancel");
  assert.equal(await textOf(page, "#status-version"), "10");
  assert.deepEqual(await listed(page), { "DV-0042": [L.states.under_monitoring.vi, "10"] });

  // The short case alone replaces the stored one (same member, same branch).
  await importText(page, "short.jsonl", jsonLines([short]));
  await page.waitForSelector("#message.ok >> text=Đã nhập và lưu 1 hồ sơ");
  assert.match(await textOf(page, "#message"), /0 hồ sơ mới, 1 hồ sơ thay cho hồ sơ cùng mã/);
  assert.equal(await textOf(page, "#status-state"), L.states.awaiting_listing_review.vi);
  assert.equal(await page.locator("#history li.entry").count(), 4);

  // A reload finds the case as stored.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await listed(page), { "DV-0042": [L.states.awaiting_listing_review.vi, "4"] });
  await check();
  await context.close();
});

test("the workspace: three cases from one JSON Lines file, what is due in date order, an event recorded, all three there after a reload", async () => {
  const { page, check, context } = await openPage();
  // Three members of one branch: under monitoring (screening due), awaiting
  // the superior's review, under monitoring in cycle 2.
  const files = [17, 8, 9].map((i) => memberCase(i));
  // The branch names its superior: the page uses the name where the case has one.
  const superiorName = "Đảng ủy Phường Hòa Bình";
  files[1].branch = { ...files[1].branch, names: { grassroots_committee: superiorName } };
  const models = new Map(files.map((f) => [f.member.id, Case.fromJSON(f)]));
  await importText(page, "branch.jsonl", jsonLines(files));
  await page.waitForSelector("#message.ok >> text=Đã nhập và lưu 3 hồ sơ");
  assert.deepEqual(
    await listed(page),
    Object.fromEntries([...models].map(([id, c]) => [id, [L.states[c.state].vi, String(c.version)]])),
  );

  // What is due: in date order; each case's awaited events, from the library's `next`.
  const due = async () =>
    page.$$eval("#due tr.due", (trs) => trs.map((tr) => ({ date: tr.dataset.date, event: tr.dataset.event, member: tr.children[1].firstChild.textContent, text: tr.children[0].textContent })));
  const expectedDue = () => {
    const rows = [];
    for (const [id, c] of models) {
      const r = c.report();
      for (const n of r.next) {
        if (n.type === "case_closed" || n.type === "mentor_reassigned") continue;
        rows.push({ date: n.from ?? r.history[r.history.length - 1].date, event: n.type, member: id, text: `${n.from ? "được tiến hành từ" : "đang chờ từ"} ${ngay(n.from ?? r.history[r.history.length - 1].date)}` });
      }
    }
    return rows.sort((a, b) => a.date.localeCompare(b.date) || a.member.localeCompare(b.member));
  };
  const before = await due();
  assert.deepEqual(before, expectedDue());
  assert.deepEqual(before.map((d) => d.date), before.map((d) => d.date).slice().sort());
  assert.ok(before.some((d) => d.event === "screening_voted") && before.some((d) => d.event === "decision_reviewed"), JSON.stringify(before));
  // Only what awaits the superior.
  await page.selectOption("#due-body", "grassroots_committee");
  assert.deepEqual((await due()).map((d) => d.event), ["decision_reviewed"]);
  assert.equal(await textOf(page, "#due tr.due td:nth-child(4)"), superiorName);
  await page.selectOption("#due-body", "");

  // Record the superior's review in DV-00009, dated today (the form's default).
  const target = "DV-00009";
  await page.click(`#cases tr[data-member="${target}"] button.link`);
  assert.equal(await textOf(page, "#status-member"), `${target} (${L.member_statuses.official.vi})`);
  const todayIso = await browserToday(page);
  assert.equal(await page.inputValue("#event-date"), todayIso);
  assert.deepEqual(await optionValues(page, "#event-type"), models.get(target).next().map((n) => n.type));
  await step(page, models.get(target), { type: "decision_reviewed", date: todayIso, by: "grassroots_committee", approved: true });
  const after = await due();
  assert.deepEqual(after, expectedDue());
  assert.deepEqual(after.map((d) => d.date), after.map((d) => d.date).slice().sort());
  await page.screenshot({ path: join(results, "workspace.png"), fullPage: true });

  // The vote-count record of its screening ballot (event 9), printed from the
  // page: the library's HTML, styled, in the print preview.
  const screeningAt = models.get(target).toJSON().events.findIndex((e) => e.type === "screening_voted");
  const expectedHtml = documents.voteRecord(models.get(target).toJSON(), { event: screeningAt, format: "html" });
  const expectedTitle = /<h1>([^<]+)<\/h1>/.exec(expectedHtml)[1];
  await page.click(`#history li.entry[data-index="${screeningAt}"] button[data-doc="voteRecord"][data-format="html"]`);
  await page.waitForSelector("#print-view:not([hidden])");
  const frame = page.frameLocator("#print-frame");
  assert.equal(await frame.locator("h1").textContent(), expectedTitle);
  assert.match(expectedTitle, /BIÊN BẢN KIỂM PHIẾU/);
  assert.match(await frame.locator("body").textContent(), /ĐẢNG CỘNG SẢN VIỆT NAM/);
  // The whole text is the library's, the superior named as the branch names it.
  const plain = (html) =>
    html
      .replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim();
  const shown = (await frame.locator("body").textContent()).replace(/\s+/g, " ").trim();
  assert.equal(shown, plain(/<body>([\s\S]*)<\/body>/.exec(expectedHtml)[1]));
  assert.match(shown, new RegExp(superiorName));
  // Its style sheet applies although the page allows no inline style.
  assert.match(await frame.locator("body").evaluate((b) => getComputedStyle(b).fontFamily), /Times/);
  await page.screenshot({ path: join(results, "vote-record.png") });
  await page.evaluate(() => {
    document.getElementById("print-frame").contentWindow.print = () => (window.__printed = (window.__printed ?? 0) + 1);
  });
  await page.click("#print-now");
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.click("#print-close");
  assert.ok(await page.locator("#print-view").isHidden());

  // The same record as .docx, and the list of the listing ballot printed.
  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`#history li.entry[data-index="${screeningAt}"] button[data-doc="voteRecord"][data-format="docx"]`),
  ]);
  assert.equal(docx.suggestedFilename(), `bien-ban-kiem-phieu-${target}-viec-${screeningAt + 1}.docx`);
  const bytes = readFileSync(await docx.path());
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
  assert.ok(bytes.includes(Buffer.from("word/document.xml")));
  const listingAt = models.get(target).toJSON().events.findIndex((e) => e.type === "listing_voted");
  await page.click(`#history li.entry[data-index="${listingAt}"] button[data-doc="approvalList"][data-format="html"]`);
  await page.waitForSelector("#print-view:not([hidden])");
  assert.equal(await frame.locator("h1").textContent(), "DANH SÁCH");
  await page.screenshot({ path: join(results, "list.png") });
  await page.click("#print-close");

  // The export holds all three as stored.
  const lines = (await exported(page)).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((f) => f.member.id).sort(), [...models.keys()].sort());
  for (const f of lines) assert.deepEqual(f, models.get(f.member.id).toJSON());

  // A reload finds all three, the recorded event included.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(
    await listed(page),
    Object.fromEntries([...models].map(([id, c]) => [id, [L.states[c.state].vi, String(c.version)]])),
  );
  assert.deepEqual(await due(), expectedDue());
  await check();
  await context.close();
});

test("a 10 MB JSON Lines file is read from the file, in slices, and imported", async () => {
  const { page, check, context } = await openPage();
  // Cases with notes until the file passes 10 MB; one line is not a case and
  // one case has a refused event, so the file is refused first.
  const note = "Chi ủy rà soát theo kết quả đánh giá, xếp loại chất lượng hằng năm; đồng chí không hoàn thành nhiệm vụ hai năm liền.";
  const lines = [];
  let size = 0;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const line = JSON.stringify(memberCase(i, { note }));
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const refused = memberCase(lines.length + 1);
  refused.events[0].criteria = [];
  lines.splice(100, 0, '{"format": "screening-case/1"');
  lines.splice(2000, 0, JSON.stringify(refused));
  const text = `${lines.join("\n")}\n`;
  const good = lines.length - 2;
  console.log(`# the file: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB, ${lines.length} lines`);

  // The page's progress line, seen while it reads, and the longest time the
  // page did not answer (between two timer ticks).
  await page.evaluate(() => {
    window.__progress = new Set();
    new MutationObserver(() => {
      const p = document.getElementById("progress");
      if (!p.hidden) window.__progress.add(p.textContent);
    }).observe(document.getElementById("progress"), { childList: true, characterData: true, subtree: true, attributes: true });
    window.__gap = 0;
    let last = performance.now();
    window.__ticker = setInterval(() => {
      const now = performance.now();
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
    }, 10);
  });
  const t0 = Date.now();
  await importText(page, "big.jsonl", text);
  await page.waitForSelector("#message.import", { timeout: 300_000 });
  const read = Date.now() - t0;
  assert.match(await textOf(page, "#error-text"), new RegExp(`2/${lines.length} dòng không nhập được`));
  assert.deepEqual(await page.$$eval("#import-problems li", (li) => li.map((x) => [x.dataset.line, x.dataset.code])), [["101", "malformed"], ["2001", "missing_criteria"]]);
  assert.equal(await page.locator("#cases tr.case").count(), 0, "nothing is imported before the choice");
  const seen = await page.evaluate(() => [...window.__progress]);
  assert.ok(seen.filter((s) => /^Đang đọc tệp: \d+ dòng \(\d+%\)…$/.test(s)).length >= 2, `the page showed its progress: ${JSON.stringify(seen)}`);

  const t1 = Date.now();
  await page.click("#import-readable");
  await page.waitForSelector(`#message.ok >> text=Đã nhập và lưu ${good} hồ sơ`, { timeout: 300_000 });
  const saved = Date.now() - t1;
  const gap = await page.evaluate(() => {
    clearInterval(window.__ticker);
    return window.__gap;
  });
  timing("10 MB import: reading and replaying every case", read);
  timing("10 MB import: storing the readable cases and showing them", saved);
  timing("10 MB import: the longest time the page did not answer", gap);
  // The list and what is due show a page of rows, not thousands.
  assert.equal(await page.locator("#cases tr.case").count(), 100);
  assert.equal(await textOf(page, "#cases-shown"), `Đang hiện 100/${good} hồ sơ.`);
  assert.ok((await page.locator("#due tr.due").count()) <= 100);
  await page.click("#cases-more");
  assert.equal(await page.locator("#cases tr.case").count(), 200);

  const t2 = Date.now();
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { timeout: 300_000 });
  timing(`reload with ${good} stored cases`, Date.now() - t2);
  assert.equal(await textOf(page, "#cases-shown"), `Đang hiện 100/${good} hồ sơ.`);

  // Over the limit: refused before reading, with the limit stated.
  const huge = join(scratch, "huge.jsonl");
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, 0x20));
  await page.setInputFiles("#import-file", huge);
  await page.waitForSelector("#message.error");
  assert.equal(await textOf(page, "#error-text"), "Tệp “huge.jsonl” có dung lượng 21 MB, quá giới hạn 20 MB: không nhập. Hãy chia tệp thành nhiều tệp nhỏ hơn.");
  await page.click("#lang-en");
  assert.equal(await textOf(page, "#error-text"), "The file “huge.jsonl” is 21 MB, over the limit of 20 MB: not imported. Split it into smaller files.");
  assert.equal(await textOf(page, "#cases-shown"), `Showing 100 of ${good} cases.`);
  assert.equal(await page.locator("textarea:not(#event-note)").count(), 0, "no textarea holds an import");
  await check();
  await context.close();
});

test("a 5,000-event case opens with a bounded number of history rows", async () => {
  const { page, check, context } = await openPage();
  const file = longCase(5000);
  const model = Case.fromJSON(file);
  assert.equal(model.version, 5000);
  await importText(page, "long.jsonl", jsonLines([file]));
  await page.waitForSelector("#message.ok >> text=Đã nhập và lưu 1 hồ sơ");

  const t0 = Date.now();
  await page.click('#cases tr[data-member="DV-LONG"] button.link');
  await page.waitForFunction(() => document.getElementById("status-version")?.textContent === "5000");
  timing("5,000-event case: click to open", Date.now() - t0);
  assert.equal(await page.locator("#history li.entry").count(), 50);
  assert.equal(await page.getAttribute("#history li.entry:first-child", "data-index"), "4999");
  assert.equal(await page.getAttribute("#history li.entry:last-child", "data-index"), "4950");
  assert.equal(await textOf(page, "#history-shown"), "Đang hiện 50 việc gần nhất trong 5000 việc đã ghi nhận.");
  const last = model.report().history[4999];
  assert.equal(await textOf(page, "#history li.entry:first-child .explanation"), last.explanation.vi);
  await page.click("#history-more");
  assert.equal(await page.locator("#history li.entry").count(), 100);
  assert.equal(await page.getAttribute("#history li.entry:last-child", "data-index"), "4900");

  // Recording one more event in it.
  const t1 = Date.now();
  await step(page, model, { type: "mentor_reassigned", date: "2021-03-01", by: "branch", mentor: { id: "DV-M-X", role: "member" } }, { historyRows: 100 });
  timing("5,000-event case: record one more event (apply, store, show)", Date.now() - t1);
  assert.equal(await textOf(page, "#status-version"), "5001");
  assert.ok((await page.locator("#history li.entry").count()) <= 100);

  const t2 = Date.now();
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  await page.click('#cases tr[data-member="DV-LONG"] button.link');
  await page.waitForFunction(() => document.getElementById("status-version")?.textContent === "5001");
  timing("5,000-event case: reload, then open", Date.now() - t2);
  assert.equal(await page.locator("#history li.entry").count(), 50);
  await page.screenshot({ path: join(results, "long-case.png") });
  await check();
  await context.close();
});

test("a storage quota failure shows a bilingual message and changes nothing", async () => {
  const { page, check, context, problems } = await openPage({ quota: true });
  // DV-00005 is listed and awaits the notification; the others are further on.
  const files = [4, 7, 9].map((i) => memberCase(i));
  await importText(page, "branch.jsonl", jsonLines(files));
  await page.waitForSelector("#message.ok >> text=Đã nhập và lưu 3 hồ sơ");
  const listBefore = await listed(page);

  await page.click('#cases tr[data-member="DV-00005"] button.link');
  const statusBefore = await status(page);
  const historyBefore = await page.locator("#history li.entry").count();
  await page.evaluate(() => (window.__quota = true));

  // Recording an event: refused by storage; the case and list stay, the form keeps what was typed.
  const t0 = Date.now();
  await fillEvent(page, { type: "member_notified", by: "branch_committee", date: "2024-12-01", note: "đã thông báo trực tiếp" });
  await page.waitForSelector("#message.storage");
  timing("quota failure: recording an event until the message shows", Date.now() - t0);
  const quotaVi = "Không lưu được: phần bộ nhớ trình duyệt dành cho trang này đã đầy. Không có gì thay đổi. Hãy tải tất cả hồ sơ về máy (tệp .jsonl), rồi xóa bớt dữ liệu của trang trong cài đặt trình duyệt.";
  const quotaEn = "Not saved: the browser's storage for this page is full. Nothing was changed. Download all cases (JSON Lines), then clear some of this page's data in the browser's settings.";
  assert.equal(await textOf(page, "#error-text"), quotaVi);
  assert.equal(await textOf(page, "#error-code"), "QuotaExceededError");
  assert.doesNotMatch(await textOf(page, "#message"), /quota has been exceeded/);
  assert.deepEqual(await status(page), statusBefore);
  assert.equal(await page.locator("#history li.entry").count(), historyBefore);
  assert.deepEqual(await listed(page), listBefore);
  assert.equal(await page.inputValue("#event-note"), "đã thông báo trực tiếp");
  await page.screenshot({ path: join(results, "quota-vi.png"), fullPage: true });
  // Rendered again from memory (the language switch): still unchanged.
  await page.click("#lang-en");
  assert.equal(await textOf(page, "#error-text"), quotaEn);
  assert.equal(await textOf(page, "#status-version"), statusBefore.version);
  assert.equal(await page.locator("#history li.entry").count(), historyBefore);
  await page.click("#lang-vi");
  assert.deepEqual(await listed(page), listBefore);
  assert.deepEqual(await status(page), statusBefore);

  // Importing: refused by storage, the list unchanged.
  const t1 = Date.now();
  await importText(page, "more.jsonl", jsonLines([memberCase(20), memberCase(21)]));
  await page.waitForSelector("#message.storage >> text=Không lưu được");
  timing("quota failure: importing two cases until the message shows", Date.now() - t1);
  assert.deepEqual(await listed(page), listBefore);

  // Creating a case: refused by storage, not listed.
  await page.click("#setup summary");
  await page.fill("#member-id", "DV-NEW");
  await page.fill("#branch-id", "CB-07");
  await page.click("#create-case");
  await page.waitForSelector("#message.storage");
  assert.deepEqual(await listed(page), listBefore);
  assert.deepEqual(await status(page), statusBefore);

  // Storage works again: a reload finds exactly what was stored before.
  await page.evaluate(() => (window.__quota = false));
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.deepEqual(await listed(page), listBefore);
  assert.deepEqual(problems, []);
  await check();
  await context.close();
});

test("two windows of the page: an event recorded from a stale window is refused, nothing lost", async () => {
  const { page, check, context } = await openPage();
  const file = memberCase(4);
  await importText(page, "one.jsonl", jsonLines([file]));
  await page.waitForSelector("#message.ok >> text=Đã nhập và lưu 1 hồ sơ");
  const other = await context.newPage();
  await other.goto(base);
  await other.waitForSelector("body[data-ready=true]");
  for (const p of [page, other]) await p.click('#cases tr[data-member="DV-00005"] button.link');

  // The first window records the notification; the second, still at version 5, tries too.
  const model = Case.fromJSON(file);
  await step(page, model, { type: "member_notified", by: "branch_committee", date: "2024-12-01" });
  await fillEvent(other, { type: "member_notified", by: "branch_committee", date: "2024-12-02" });
  await other.waitForSelector("#message.storage");
  assert.equal(await textOf(other, "#error-text"), "Không lưu được: hồ sơ này vừa được thay đổi ở một cửa sổ khác của trang. Không có gì thay đổi; hãy tải lại trang để xem hồ sơ mới nhất.");
  assert.equal(await textOf(other, "#status-version"), "5");
  await other.reload();
  await other.waitForSelector("body[data-ready=true]");
  assert.deepEqual((await listed(other))["DV-00005"], [L.states[model.state].vi, "6"]);
  await other.close();
  await check();
  await context.close();
});

test("in the browser too, a trap is a ScreeningError `internal` and the module works afterwards", async () => {
  const { page, check, context } = await openPage();
  const got = await page.evaluate(async () => {
    const api = await import("./pkg/index.js");
    const internal = await import("./pkg/screening.js");
    const out = [];
    for (let i = 0; i < 3; i++) {
      try {
        internal._trapForTests();
        out.push("no trap");
      } catch (e) {
        out.push([e instanceof api.ScreeningError, e.code, e.cause instanceof WebAssembly.RuntimeError]);
      }
      out.push(api.decideListing({ official: 10, exempt: 1, yes: 6 }).outcome);
    }
    return out;
  });
  const once = [[true, "internal", true], "listed"];
  assert.deepEqual(got, [...once, ...once, ...once]);
  await check();
  await context.close();
});
