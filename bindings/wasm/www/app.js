// The case tracker: a page over the `screening` package (pkg/index.js).
//
// Every decision (which events are allowed, by whom, from which date, what a
// ballot decides, why an event is refused) and every label of a state, event,
// body or code is the library's. This file holds only the page's own words
// (headings, buttons, field captions) and turns the form into an event.
import { Case, ScreeningError, labels, payloadFields } from "./pkg/index.js";

const L = labels();
const FIELDS = payloadFields();

// The page's own words. Vocabulary labels come from labels().
const T = {
  vi: {
    title: "Theo dõi hồ sơ rà soát, sàng lọc đảng viên",
    subtitle: "Rà soát, giáo dục, giúp đỡ, sàng lọc đảng viên theo Hướng dẫn 02-HD/BTCTW",
    status: "Tình trạng hồ sơ",
    next: "Bước có thể ghi nhận",
    record: "Ghi nhận bước tiếp theo",
    recordButton: "Ghi nhận",
    closedNote: "Hồ sơ đã kết thúc: không còn bước nào được ghi nhận.",
    setup: "Hồ sơ mới",
    importExport: "Nhập, xuất hồ sơ (JSON)",
    importFile: "Chọn tệp JSON",
    importText: "Hoặc dán nội dung hồ sơ:",
    importButton: "Nhập hồ sơ",
    exportButton: "Tải tệp JSON",
    history: "Diễn biến và căn cứ quyết định",
    footer: "Tính toán bằng thư viện screening (WebAssembly), ngay trong trình duyệt; không gửi dữ liệu đi đâu.",
    member: "Đảng viên",
    memberId: "Mã đảng viên",
    memberStatus: "Loại đảng viên",
    branch: "Chi bộ",
    branchId: "Mã chi bộ",
    branchKind: "Loại chi bộ",
    hasCommittee: "Chi bộ có chi ủy",
    create: "Tạo hồ sơ",
    state: "Trạng thái",
    step: "Bước",
    cycle: "Chu kỳ theo dõi",
    screeningFrom: "Được họp sàng lọc từ ngày",
    mentor: "Người theo dõi, giúp đỡ",
    version: "Số bước đã ghi nhận",
    none: "—",
    event: "Bước",
    chooseEvent: "— chọn bước —",
    by: "Cơ quan ghi nhận",
    date: "Ngày",
    earliest: "Sớm nhất từ ngày",
    note: "Ghi chú",
    criteria: "Tiêu chí",
    proceed: "Ý kiến chỉ đạo",
    proceedTrue: "Tiến hành xem xét",
    proceedFalse: "Không tiến hành",
    approved: "Ý kiến của cấp trên",
    approvedTrue: "Phê duyệt",
    approvedFalse: "Không phê duyệt",
    forward: "Nghị quyết của đảng ủy cơ sở",
    forwardTrue: "Đề nghị Ban Thường vụ Đảng ủy Khối xem xét",
    forwardFalse: "Không đề nghị; tiếp tục giáo dục, giúp đỡ",
    violations_confirmed: "Kết luận thẩm tra, xác minh",
    violationsTrue: "Có vi phạm",
    violationsFalse: "Không có vi phạm",
    choose: "— chọn —",
    electorate: "Số đảng viên",
    official: "Đảng viên chính thức",
    exempt: "Trong đó được miễn công tác và sinh hoạt đảng",
    exempt_attending: "Được miễn nhưng có mặt, biểu quyết",
    yes: "Số phiếu đồng ý",
    progress_yes: "Phiếu đồng ý công nhận tiến bộ",
    removal_yes: "Phiếu đồng ý đề nghị đưa ra khỏi Đảng",
    mentorId: "Mã người theo dõi, giúp đỡ",
    mentorRole: "Là",
    outcome: "Quyết định",
    reason: "Lý do",
    refused: "Không ghi nhận được",
    refusedAt: (at, state) => `Bước thứ ${at + 1} bị từ chối; hồ sơ giữ nguyên ở trạng thái “${state}”.`,
    code: "Mã lỗi",
    recorded: "Đã ghi nhận",
    imported: "Đã nhập hồ sơ",
    created: "Đã tạo hồ sơ mới",
    restored: "Đã mở lại hồ sơ đang làm dở",
    rules: "Căn cứ",
    question: "Nội dung biểu quyết",
    votes: "Đồng ý",
    threshold: "Tỷ lệ cần đạt",
    required: "Cần",
    met: "Kết quả",
    metYes: "Đạt",
    metNo: "Không đạt",
    electorateSize: (e) => `Số đảng viên làm căn cứ tính tỷ lệ: ${e.size} (${e.official} chính thức − ${e.exempt} được miễn + ${e.exempt_attending} được miễn có mặt)`,
    noCase: "Chưa có hồ sơ: tạo hồ sơ mới hoặc nhập tệp JSON.",
    noEvents: "Chưa ghi nhận bước nào.",
    loadError: "Không tải được thư viện",
  },
  en: {
    title: "Party member screening case tracker",
    subtitle: "Reviewing, educating, screening and removing party members under Guidance 02-HD/BTCTW",
    status: "Where the case stands",
    next: "Events that may be recorded now",
    record: "Record the next event",
    recordButton: "Record",
    closedNote: "The case is closed: no event may be recorded.",
    setup: "New case",
    importExport: "Import, export the case (JSON)",
    importFile: "Choose a JSON file",
    importText: "Or paste the case file:",
    importButton: "Import case",
    exportButton: "Download JSON",
    history: "History and grounds of each decision",
    footer: "Computed by the screening library (WebAssembly) in your browser; nothing is sent anywhere.",
    member: "Member",
    memberId: "Member ID",
    memberStatus: "Membership",
    branch: "Branch",
    branchId: "Branch ID",
    branchKind: "Kind of branch",
    hasCommittee: "The branch has a committee",
    create: "Create case",
    state: "State",
    step: "Step",
    cycle: "Monitoring cycle",
    screeningFrom: "Screening meeting from",
    mentor: "Mentor",
    version: "Events recorded",
    none: "—",
    event: "Event",
    chooseEvent: "— choose an event —",
    by: "Recorded by",
    date: "Date",
    earliest: "Earliest date",
    note: "Note",
    criteria: "Criteria",
    proceed: "Direction",
    proceedTrue: "Proceed",
    proceedFalse: "Do not proceed",
    approved: "The superior's review",
    approvedTrue: "Approved",
    approvedFalse: "Not approved",
    forward: "The grassroots committee's resolution",
    forwardTrue: "Forward to the BTV ĐUK",
    forwardFalse: "Do not forward; continue education",
    violations_confirmed: "Verification's conclusion",
    violationsTrue: "Violations confirmed",
    violationsFalse: "No violations",
    choose: "— choose —",
    electorate: "Members",
    official: "Official members",
    exempt: "Of whom exempted from party work and activities",
    exempt_attending: "Exempted but attending and voting",
    yes: "Yes votes",
    progress_yes: "Yes votes to recognise progress",
    removal_yes: "Yes votes to propose removal",
    mentorId: "Mentor's member ID",
    mentorRole: "Role",
    outcome: "Decision",
    reason: "Reason",
    refused: "Not recorded",
    refusedAt: (at, state) => `Event ${at + 1} was refused; the case stays in state “${state}”.`,
    code: "Code",
    recorded: "Recorded",
    imported: "Case imported",
    created: "New case created",
    restored: "The case in progress was reopened",
    rules: "Rules",
    question: "Question",
    votes: "Yes",
    threshold: "Threshold",
    required: "Needed",
    met: "Result",
    metYes: "Met",
    metNo: "Not met",
    electorateSize: (e) => `Electorate E = ${e.size} (${e.official} official − ${e.exempt} exempted + ${e.exempt_attending} exempted attending)`,
    noCase: "No case yet: create a new one or import a JSON file.",
    noEvents: "No event recorded yet.",
    loadError: "The library could not be loaded",
  },
};

const BOOL_WORDS = {
  proceed: ["proceedTrue", "proceedFalse"],
  approved: ["approvedTrue", "approvedFalse"],
  forward: ["forwardTrue", "forwardFalse"],
  violations_confirmed: ["violationsTrue", "violationsFalse"],
};
const NUMBER_FIELDS = ["yes", "progress_yes", "removal_yes"];
const SAVE_KEY = "screening-case";

const ui = {
  lang: localStorage.getItem("screening-lang") === "en" ? "en" : "vi",
  /** @type {Case | null} */
  case: null,
  /** what the message box shows: {kind: "error", error} or {kind: "ok", text, entry?} */
  message: null,
  newCase: { memberId: "", memberStatus: "official", branchId: "", branchKind: "under_grassroots_committee", hasCommittee: true },
  draft: emptyDraft(),
};

function emptyDraft() {
  return {
    type: "",
    by: "",
    date: "",
    note: "",
    criteria: [],
    proceed: "",
    approved: "",
    forward: "",
    violations_confirmed: "",
    electorate: { official: "", exempt: "", exempt_attending: "" },
    yes: "",
    progress_yes: "",
    removal_yes: "",
    mentor: { id: "", role: "" },
    outcome: "",
    reason: "",
  };
}

const t = (key) => T[ui.lang][key];
const label = (table, code) => (L[table][code] ? L[table][code][ui.lang] : code);
const $ = (id) => document.getElementById(id);

/** Builds an element: h("p", {class: "x"}, "text", child). Text is always text, never HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "value") el.value = v;
    else if (k === "checked") el.checked = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Replaces an element's children, leaving out null, undefined and false. */
function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

function options(table, selected, placeholder) {
  const opts = Object.keys(L[table]).map((code) => h("option", { value: code, selected: code === selected }, label(table, code)));
  return placeholder ? [h("option", { value: "", selected: selected === "" }, placeholder), ...opts] : opts;
}

function field(id, caption, control, hint) {
  return h("div", { class: "field" }, h("label", { for: id }, caption), control, hint ? h("small", { class: "hint", id: `${id}-hint` }, hint) : null);
}

// ------------------------------------------------------------------ rendering

function renderStatic() {
  document.documentElement.lang = ui.lang;
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const b of document.querySelectorAll("[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === ui.lang));
}

function renderNewCase() {
  const n = ui.newCase;
  const form = $("new-case");
  fill(form,
    field("member-id", t("memberId"), h("input", { id: "member-id", value: n.memberId, autocomplete: "off", oninput: (e) => (n.memberId = e.target.value) })),
    field("member-status", t("memberStatus"), h("select", { id: "member-status", onchange: (e) => (n.memberStatus = e.target.value) }, options("member_statuses", n.memberStatus))),
    field("branch-id", t("branchId"), h("input", { id: "branch-id", value: n.branchId, autocomplete: "off", oninput: (e) => (n.branchId = e.target.value) })),
    field("branch-kind", t("branchKind"), h("select", { id: "branch-kind", onchange: (e) => (n.branchKind = e.target.value) }, options("branch_kinds", n.branchKind))),
    h(
      "div",
      { class: "field check" },
      h("label", {}, h("input", { type: "checkbox", id: "has-committee", checked: n.hasCommittee, onchange: (e) => (n.hasCommittee = e.target.checked) }), " ", t("hasCommittee")),
    ),
    h("div", { class: "actions" }, h("button", { type: "submit", id: "create-case", class: "primary" }, t("create"))),
  );
}

function renderStatus() {
  const c = ui.case;
  $("status-card").hidden = c === null;
  $("history-card").hidden = c === null;
  $("record-card").hidden = c === null;
  if (c === null) return;
  const r = c.report();
  const row = (key, value, id) => [h("dt", {}, t(key)), h("dd", { id }, value)];
  fill($("status"),
    ...row("member", `${r.member.id} (${label("member_statuses", r.member.status)})`, "status-member"),
    ...row("branch", `${r.branch.id} (${label("branch_kinds", r.branch.kind)}${r.branch.has_committee ? "" : ` · ${label("bodies", "branch_secretary")}`})`, "status-branch"),
    ...row("state", h("span", { class: "state", "data-code": r.state }, label("states", r.state)), "status-state"),
    ...row("step", r.step === null ? t("none") : `${r.step}. ${label("steps", String(r.step))}`, "status-step"),
    ...row("cycle", String(r.cycle), "status-cycle"),
    ...row("screeningFrom", r.screening_from ?? t("none"), "status-screening-from"),
    ...row("mentor", r.mentor ? `${r.mentor.id} (${label("mentor_roles", r.mentor.role)})` : t("none"), "status-mentor"),
    ...row("version", String(r.version), "status-version"),
  );
  fill($("next"),
    ...r.next.map((n) =>
      h(
        "li",
        { "data-event": n.type },
        h("strong", {}, label("events", n.type)),
        h("span", { class: "muted" }, ` — ${n.by.map((b) => label("bodies", b)).join(" / ")}`),
        n.from ? h("span", { class: "from" }, ` · ${t("earliest")} ${n.from}`) : null,
      ),
    ),
  );
}

function renderRecordForm() {
  const c = ui.case;
  if (c === null) return;
  const next = c.next();
  const d = ui.draft;
  $("record").hidden = next.length === 0;
  $("closed-note").hidden = next.length !== 0;
  if (next.length === 0) return;
  if (!next.some((n) => n.type === d.type)) selectType(d, next, next[0].type);
  const allowed = next.find((n) => n.type === d.type);

  const parts = [];
  parts.push(
    field(
      "event-type",
      t("event"),
      h(
        "select",
        { id: "event-type", onchange: (e) => { selectType(d, next, e.target.value); renderRecordForm(); } },
        next.map((n) => h("option", { value: n.type, selected: n.type === d.type }, label("events", n.type))),
      ),
    ),
  );
  parts.push(
    h(
      "div",
      { class: "grid2" },
      field(
        "event-by",
        t("by"),
        h("select", { id: "event-by", onchange: (e) => (d.by = e.target.value) }, allowed.by.map((b) => h("option", { value: b, selected: b === d.by }, label("bodies", b)))),
      ),
      field(
        "event-date",
        t("date"),
        h("input", { id: "event-date", type: "date", value: d.date, oninput: (e) => (d.date = e.target.value) }),
        allowed.from ? `${t("earliest")} ${allowed.from}` : null,
      ),
    ),
  );
  for (const f of FIELDS[d.type]) parts.push(payloadControl(f, d));
  parts.push(field("event-note", t("note"), h("textarea", { id: "event-note", rows: 2, value: d.note, oninput: (e) => (d.note = e.target.value) })));
  fill($("record-fields"), ...parts);
}

function selectType(d, next, type) {
  d.type = type;
  const allowed = next.find((n) => n.type === type);
  if (allowed && !allowed.by.includes(d.by)) d.by = allowed.by[0];
}

function numberInput(id, value, set) {
  return h("input", { id, type: "number", min: 0, step: 1, inputmode: "numeric", value, oninput: (e) => set(e.target.value) });
}

function payloadControl(f, d) {
  switch (f) {
    case "criteria":
      return h(
        "fieldset",
        { class: "field", id: "field-criteria" },
        h("legend", {}, t("criteria")),
        Object.keys(L.criteria).map((code) =>
          h(
            "label",
            { class: "check" },
            h("input", {
              type: "checkbox",
              name: "criteria",
              value: code,
              checked: d.criteria.includes(code),
              onchange: (e) => {
                d.criteria = e.target.checked ? [...d.criteria, code] : d.criteria.filter((x) => x !== code);
              },
            }),
            " ",
            label("criteria", code),
          ),
        ),
      );
    case "proceed":
    case "approved":
    case "forward":
    case "violations_confirmed": {
      const [yesWord, noWord] = BOOL_WORDS[f];
      return field(
        `field-${f}`,
        t(f),
        h(
          "select",
          { id: `field-${f}`, onchange: (e) => (d[f] = e.target.value) },
          h("option", { value: "", selected: d[f] === "" }, t("choose")),
          h("option", { value: "true", selected: d[f] === "true" }, t(yesWord)),
          h("option", { value: "false", selected: d[f] === "false" }, t(noWord)),
        ),
      );
    }
    case "electorate":
      return h(
        "fieldset",
        { class: "field grid3", id: "field-electorate" },
        h("legend", {}, t("electorate")),
        ["official", "exempt", "exempt_attending"].map((k) =>
          field(`field-${k}`, t(k), numberInput(`field-${k}`, d.electorate[k], (v) => (d.electorate[k] = v))),
        ),
      );
    case "yes":
    case "progress_yes":
    case "removal_yes":
      return field(`field-${f}`, t(f), numberInput(`field-${f}`, d[f], (v) => (d[f] = v)));
    case "mentor":
      return h(
        "fieldset",
        { class: "field grid2", id: "field-mentor" },
        h("legend", {}, t("mentor")),
        field("field-mentor-id", t("mentorId"), h("input", { id: "field-mentor-id", value: d.mentor.id, autocomplete: "off", oninput: (e) => (d.mentor.id = e.target.value) })),
        field(
          "field-mentor-role",
          t("mentorRole"),
          h("select", { id: "field-mentor-role", onchange: (e) => (d.mentor.role = e.target.value) }, options("mentor_roles", d.mentor.role, t("choose"))),
        ),
      );
    case "outcome":
      return field("field-outcome", t("outcome"), h("select", { id: "field-outcome", onchange: (e) => (d.outcome = e.target.value) }, options("removal_outcomes", d.outcome, t("choose"))));
    case "reason":
      return field("field-reason", t("reason"), h("select", { id: "field-reason", onchange: (e) => (d.reason = e.target.value) }, options("close_reasons", d.reason, t("choose"))));
    default:
      // A field this page does not know yet: typed as JSON, read by the library.
      return field(`field-${f}`, f, h("input", { id: `field-${f}`, value: d[f] ?? "", oninput: (e) => (d[f] = e.target.value) }));
  }
}

function renderHistory() {
  const c = ui.case;
  if (c === null) return;
  const r = c.report();
  if (r.history.length === 0) return fill($("history"), h("li", { class: "muted" }, t("noEvents")));
  fill($("history"),
    ...r.history
      .slice()
      .reverse()
      .map((e) =>
        h(
          "li",
          { class: "entry", "data-index": e.index, "data-type": e.type },
          h(
            "div",
            { class: "entry-head" },
            h("span", { class: "num" }, `${e.index + 1}`),
            h("strong", {}, label("events", e.type)),
            h("span", { class: "muted" }, ` · ${e.date} · ${label("bodies", e.by)}`),
            h("span", { class: "arrow" }, " → "),
            h("span", { class: "state", "data-code": e.state }, label("states", e.state)),
          ),
          h("p", { class: "explanation" }, e.explanation[ui.lang]),
          e.ballot ? ballotView(e.ballot) : null,
          h(
            "p",
            { class: "rules" },
            h("span", { class: "muted" }, `${t("rules")}: `),
            e.rules.map((id) => h("abbr", { class: "rule", title: label("rules", id) }, id)),
            e.screening_from ? h("span", { class: "from" }, ` · ${t("screeningFrom")} ${e.screening_from}`) : null,
          ),
          e.note ? h("p", { class: "note" }, `${t("note")}: ${e.note}`) : null,
        ),
      ),
  );
}

function ballotView(b) {
  return h(
    "div",
    { class: "ballot" },
    h("p", { class: "muted" }, t("electorateSize")(b.electorate)),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, [t("question"), t("votes"), t("threshold"), t("required"), t("met")].map((x) => h("th", {}, x)))),
      h(
        "tbody",
        {},
        b.votes.map((v) =>
          h(
            "tr",
            {},
            h("td", {}, label("questions", v.question)),
            h("td", { class: "n" }, `${v.yes}/${b.electorate.size}`),
            h("td", {}, `${label("thresholds", v.threshold)} (${v.threshold})`),
            h("td", { class: "n" }, String(v.required)),
            h("td", { class: v.met ? "met" : "unmet" }, v.met ? t("metYes") : t("metNo")),
          ),
        ),
      ),
    ),
    h("p", {}, h("strong", {}, `${label("ballots", b.ballot)}: ${label("outcomes", b.outcome)}`)),
  );
}

function renderMessage() {
  const box = $("message");
  const m = ui.message;
  box.hidden = m === null;
  box.className = "message";
  if (m === null) return fill(box);
  if (m.kind === "error") {
    const e = m.error;
    box.classList.add("error");
    fill(box,
      h("strong", {}, `${t("refused")}: `),
      h("span", { id: "error-text" }, e instanceof ScreeningError ? e.messageIn(ui.lang) : String(e?.message ?? e)),
      e instanceof ScreeningError && e.at !== undefined && e.state !== undefined
        ? h("p", { id: "error-where" }, t("refusedAt")(e.at, label("states", e.state)))
        : null,
      e instanceof ScreeningError ? h("p", { class: "muted" }, `${t("code")}: `, h("code", { id: "error-code" }, e.code)) : null,
    );
  } else {
    box.classList.add("ok");
    fill(box, h("strong", {}, m.text), m.entry ? h("span", { id: "ok-text" }, ` ${m.entry.explanation[ui.lang]}`) : null);
  }
}

function renderExport() {
  const view = $("export-view");
  view.hidden = ui.case === null;
  view.textContent = ui.case === null ? "" : JSON.stringify(ui.case, null, 2);
}

function render() {
  renderStatic();
  renderNewCase();
  renderStatus();
  renderRecordForm();
  renderHistory();
  renderMessage();
  renderExport();
  $("setup").open = ui.case === null;
}

// ------------------------------------------------------------------- actions

function save() {
  if (ui.case !== null) localStorage.setItem(SAVE_KEY, JSON.stringify(ui.case));
}

function show(message) {
  ui.message = message;
  renderMessage();
}

function setCase(c, text) {
  ui.case = c;
  ui.draft = emptyDraft();
  ui.message = { kind: "ok", text };
  save();
  render();
}

function readNumber(s) {
  // The form's text as a number; the library checks it (a whole number 0..4294967295).
  const v = String(s).trim();
  return v === "" ? undefined : Number(v);
}

function readBool(s) {
  return s === "true" ? true : s === "false" ? false : undefined;
}

/** The event the form describes, in the case format. The library checks it. */
function eventFromDraft(d) {
  const event = { type: d.type, date: d.date, by: d.by };
  for (const f of FIELDS[d.type]) {
    switch (f) {
      case "criteria":
        event.criteria = Object.keys(L.criteria).filter((c) => d.criteria.includes(c));
        break;
      case "proceed":
      case "approved":
      case "forward":
      case "violations_confirmed":
        event[f] = readBool(d[f]);
        break;
      case "electorate":
        event.electorate = {
          official: readNumber(d.electorate.official),
          exempt: readNumber(d.electorate.exempt),
          exempt_attending: readNumber(d.electorate.exempt_attending),
        };
        break;
      case "yes":
      case "progress_yes":
      case "removal_yes":
        event[f] = readNumber(d[f]);
        break;
      case "mentor":
        event.mentor = { id: d.mentor.id, role: d.mentor.role === "" ? undefined : d.mentor.role };
        break;
      case "outcome":
      case "reason":
        event[f] = d[f] === "" ? undefined : d[f];
        break;
      default:
        try {
          event[f] = JSON.parse(d[f]);
        } catch {
          event[f] = d[f];
        }
    }
  }
  if (d.note.trim() !== "") event.note = d.note;
  return event;
}

function onRecord(e) {
  e.preventDefault();
  const c = ui.case;
  if (c === null) return;
  try {
    const entry = c.apply(eventFromDraft(ui.draft), c.version);
    ui.draft = { ...emptyDraft(), date: ui.draft.date };
    ui.message = { kind: "ok", text: `${t("recorded")}: ${label("events", entry.type)}.`, entry };
    save();
    render();
  } catch (err) {
    // Nothing is lost: the case and the form stay as they were.
    show({ kind: "error", error: err });
  }
}

function onCreate(e) {
  e.preventDefault();
  const n = ui.newCase;
  try {
    const c = new Case({
      member: { id: n.memberId.trim(), status: n.memberStatus },
      branch: { id: n.branchId.trim(), kind: n.branchKind, has_committee: n.hasCommittee },
    });
    setCase(c, t("created"));
  } catch (err) {
    show({ kind: "error", error: err });
  }
}

function onImport() {
  const text = $("import-text").value;
  try {
    setCase(Case.fromJSON(text), t("imported"));
  } catch (err) {
    show({ kind: "error", error: err });
  }
}

async function onImportFile(e) {
  const file = e.target.files?.[0];
  if (!file) return;
  $("import-text").value = await file.text();
  onImport();
}

function onExport() {
  if (ui.case === null) return;
  const blob = new Blob([`${JSON.stringify(ui.case, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: `ho-so-${ui.case.report().member.id}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function onLang(e) {
  ui.lang = e.currentTarget.dataset.lang === "en" ? "en" : "vi";
  localStorage.setItem("screening-lang", ui.lang);
  render();
}

// ---------------------------------------------------------------------- start

function start() {
  for (const b of document.querySelectorAll("[data-lang]")) b.addEventListener("click", onLang);
  $("record").addEventListener("submit", onRecord);
  $("new-case").addEventListener("submit", onCreate);
  $("import-button").addEventListener("click", onImport);
  $("import-file").addEventListener("change", onImportFile);
  $("export-button").addEventListener("click", onExport);
  const saved = localStorage.getItem(SAVE_KEY);
  if (saved !== null) {
    try {
      ui.case = Case.fromJSON(saved);
      ui.message = { kind: "ok", text: t("restored") };
    } catch (err) {
      $("import-text").value = saved;
      ui.message = { kind: "error", error: err };
    }
  } else {
    ui.message = { kind: "ok", text: t("noCase") };
  }
  $("loading").hidden = true;
  $("app").hidden = false;
  render();
  document.body.dataset.ready = "true";
}

start();
