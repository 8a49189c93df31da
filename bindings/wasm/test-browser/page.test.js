// The web page in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser is downloaded), served by a tiny static server
// on 127.0.0.1: a whole case through the form, what the page shows at each
// step, a refused event, the language switch, export and import.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { Case, labels } from "../pkg/node.js";
import { serve } from "../scripts/static-server.mjs";
import { wasmDir } from "../test/support.js";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const results = join(wasmDir, "test-results");
const L = labels();

let server;
let browser;
let page;
let base;
const problems = [];

before(async () => {
  mkdirSync(results, { recursive: true });
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
  page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

const text = async (sel) => ((await page.textContent(sel)) ?? "").trim();

async function optionValues(sel) {
  return page.$$eval(`${sel} option`, (os) => os.map((o) => o.value));
}

/** Where the page says the case stands. */
async function status() {
  return {
    state: await text("#status-state"),
    step: await text("#status-step"),
    cycle: await text("#status-cycle"),
    screeningFrom: await text("#status-screening-from"),
    version: await text("#status-version"),
  };
}

/** Fills the record form for `event` (only the fields of its type) and submits it. */
async function record(event) {
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
async function step(model, event) {
  const entry = model.apply(event);
  await record(event);
  const r = model.report();
  const message = await text("#message");
  assert.ok(!(await page.$("#message.error")), `${event.type}: the page refused it: ${message}`);
  assert.match(message, new RegExp(escape(entry.explanation.vi)));
  assert.deepEqual(await status(), {
    state: L.states[r.state].vi,
    step: r.step === null ? "—" : `${r.step}. ${L.steps[String(r.step)].vi}`,
    cycle: String(r.cycle),
    screeningFrom: r.screening_from ?? "—",
    version: String(r.version),
  });
  // The form offers exactly the events allowed now, with their bodies.
  if (r.next.length > 0) {
    assert.deepEqual(await optionValues("#event-type"), r.next.map((n) => n.type));
    const first = r.next.find((n) => n.type === (r.next[0].type));
    assert.deepEqual(await optionValues("#event-by"), first.by);
  }
  // The newest history entry: the explanation, the rules, the ballot's numbers.
  const top = "#history li:first-child";
  assert.equal(await page.getAttribute(top, "data-type"), event.type);
  assert.equal(await text(`${top} .explanation`), entry.explanation.vi);
  assert.deepEqual(await page.$$eval(`${top} .rule`, (rs) => rs.map((x) => x.textContent)), entry.rules);
  if (entry.ballot) {
    const cells = await page.$$eval(`${top} .ballot td.n`, (ts) => ts.map((x) => x.textContent));
    const expected = entry.ballot.votes.flatMap((v) => [`${v.yes}/${entry.ballot.electorate.size}`, String(v.required)]);
    assert.deepEqual(cells, expected);
  }
  assert.equal(await page.locator("#history li").count(), r.version);
  assert.doesNotMatch(await text("main"), /\b(null|undefined|NaN)\b/);
  return entry;
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("a branch secretary takes a case through the page", async () => {
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  assert.equal(await text("#title"), "Theo dõi hồ sơ rà soát, sàng lọc đảng viên");
  assert.doesNotMatch(await text("main"), /\b(null|undefined|NaN)\b/);

  // Set member and branch.
  await page.fill("#member-id", "DV-0042");
  await page.selectOption("#member-status", "official");
  await page.fill("#branch-id", "CB-07");
  await page.selectOption("#branch-kind", "under_grassroots_committee");
  await page.check("#has-committee");
  await page.click("#create-case");
  const member = { id: "DV-0042", status: "official" };
  const branch = { id: "CB-07", kind: "under_grassroots_committee", has_committee: true };
  const model = new Case({ member, branch });
  assert.equal(await text("#status-state"), L.states.new.vi);
  assert.deepEqual(await optionValues("#event-type"), ["flagged"]);

  const committee = "branch_committee";
  const superior = "grassroots_committee";
  await step(model, { type: "flagged", date: "2025-01-10", by: committee, criteria: ["two_years_not_completed", "degradation"], note: "xếp loại 2023, 2024" });
  await step(model, { type: "direction_requested", date: "2025-01-12", by: committee });
  await step(model, { type: "direction_given", date: "2025-01-20", by: superior, proceed: true });
  const listing = await step(model, { type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 6 });
  assert.equal(listing.ballot.outcome, "listed");
  assert.match(await text("#history li:first-child .ballot"), /6\/9/);
  await step(model, { type: "listing_reviewed", date: "2025-02-10", by: superior, approved: true });
  await step(model, { type: "member_notified", date: "2025-02-12", by: committee });
  await step(model, { type: "self_criticism_submitted", date: "2025-02-20", by: "member" });
  await step(model, { type: "mentor_assigned", date: "2025-03-01", by: "branch", mentor: { id: "DV-0099", role: "member" } });
  assert.equal(await text("#status-screening-from"), "2026-03-02");
  assert.equal(await text("#status-cycle"), "1");

  // A screening ballot before the earliest date: refused with the library's
  // message; the case and everything typed are kept.
  await page.selectOption("#event-type", "screening_voted");
  assert.match(await text("#event-date-hint"), /2026-03-02/);
  const early = { type: "screening_voted", date: "2026-03-01", by: "branch", electorate: { official: 10, exempt: 1 }, progress_yes: 3, removal_yes: 2 };
  let refusal;
  try {
    Case.fromJSON(model.toJSON()).apply(early);
  } catch (e) {
    refusal = e;
  }
  assert.equal(refusal.code, "too_early");
  await record(early);
  await page.waitForSelector("#message.error");
  assert.equal(await text("#error-text"), refusal.messageVi);
  assert.equal(await text("#error-code"), "too_early");
  assert.equal(await text("#error-where"), `Bước thứ 9 bị từ chối; hồ sơ giữ nguyên ở trạng thái “${L.states.under_monitoring.vi}”.`);
  assert.equal(await text("#status-version"), "8");
  assert.equal(await page.locator("#history li").count(), 8);
  assert.equal(await page.inputValue("#event-date"), "2026-03-01");
  assert.equal(await page.inputValue("#field-official"), "10");
  assert.equal(await page.inputValue("#field-progress_yes"), "3");
  await page.screenshot({ path: join(results, "refused-vi.png"), fullPage: true });

  // English: the same refusal in English, the form still as typed.
  await page.click("#lang-en");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await text("#error-text"), refusal.messageEn);
  assert.equal(await text("#status-state"), L.states.under_monitoring.en);
  assert.equal(await page.inputValue("#event-date"), "2026-03-01");
  assert.equal(await page.inputValue("#field-removal_yes"), "2");
  assert.equal(await text("#history li:first-child .explanation"), model.report().history[7].explanation.en);
  await page.screenshot({ path: join(results, "refused-en.png"), fullPage: true });
  await page.click("#lang-vi");

  // After the 12 months: the screening ballots, then the superior's review.
  await page.fill("#event-date", "2026-03-02");
  const screening = await step(model, { ...early, date: "2026-03-02" });
  assert.equal(screening.ballot.outcome, "continue_education");
  await step(model, { type: "decision_reviewed", date: "2026-03-20", by: superior, approved: true });
  assert.equal(await text("#status-cycle"), "2");
  assert.equal(await text("#status-screening-from"), "2027-03-03");
  await page.screenshot({ path: join(results, "page.png"), fullPage: true });

  // Export: the page's JSON is the case file.
  await page.click("#import-export summary");
  const exported = JSON.parse(await text("#export-view"));
  assert.deepEqual(exported, model.toJSON());

  // Import: garbage is refused and nothing is lost; the case file is read back.
  await page.fill("#import-text", '{"format": "screening-case/1", "member": 1}');
  await page.click("#import-button");
  await page.waitForSelector("#message.error");
  assert.equal(await text("#error-code"), "malformed");
  assert.equal(await text("#status-version"), "10");
  assert.equal(await page.inputValue("#import-text"), '{"format": "screening-case/1", "member": 1}');
  const short = { ...exported, events: exported.events.slice(0, 4) };
  await page.fill("#import-text", JSON.stringify(short));
  await page.click("#import-button");
  assert.equal(await text("#status-state"), L.states.awaiting_listing_review.vi);
  assert.equal(await page.locator("#history li").count(), 4);

  // A reload reopens the case in progress.
  await page.reload();
  await page.waitForSelector("body[data-ready=true]");
  assert.equal(await text("#status-version"), "4");
  assert.deepEqual(problems, []);
});

test("in the browser too, a trap is a ScreeningError `internal` and the module works afterwards", async () => {
  await page.goto(base);
  await page.waitForSelector("body[data-ready=true]");
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
  assert.deepEqual(problems, []);
});
