// The branch's workspace: every member's case kept in the browser, over the
// `screening` package (pkg/index.js).
//
// Every decision (which events are allowed, by whom, from which date, what a
// ballot decides, why an event is refused) and every label of a state, event,
// body or code is the library's. This file holds the page's own words
// (headings, buttons, captions, the storage and import messages), keeps the
// case files in IndexedDB (store.js) and turns the form into an event.
//
// Order of every change: compute it with the library, store it, and only then
// show it. A refusal or a storage failure leaves memory and screen as they were.
import { Case, ScreeningError, awaitedEvents, formatDate as proseDate, labels, payloadFields } from "./pkg/index.js";
import { StoreError, openStore } from "./store.js";

const L = labels();
const FIELDS = payloadFields();

/** The largest file the page imports, in bytes (stated on the page). */
const IMPORT_LIMIT = 20 * 1024 * 1024;
/** Rows of a list, and entries of a history, shown at first and added by "show more". */
const LIST_PAGE = 100;
const HISTORY_PAGE = 50;
/** The longest stretch of import work between two chances for the page to answer. */
const SLICE_MS = 25;
/** The old page's single case, moved into the workspace once. */
const OLD_KEY = "screening-case";

// ------------------------------------------------------------------- words

/**
 * A date of the case format (YYYY-MM-DD) as a person writes it, in the library's
 * words: "04/3/2024" or "4 March 2024" (ISO dates stay in JSON). Anything else is
 * shown as it is.
 */
function formatDate(iso, lang = ui.lang) {
  try {
    return proseDate(iso, lang);
  } catch {
    return String(iso ?? "");
  }
}
/** In prose: "ngày 04/3/2024", "4 March 2024". */
const onDate = (iso, lang = ui.lang) => (lang === "en" ? formatDate(iso, lang) : `ngày ${formatDate(iso, lang)}`);
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
const mbVi = (bytes) => mb(bytes).replace(".", ",");

// The page's own words. Vocabulary labels come from labels().
const T = {
  vi: {
    title: "Theo dõi hồ sơ rà soát, sàng lọc đảng viên của chi bộ",
    subtitle: "Rà soát, giáo dục, giúp đỡ, sàng lọc đảng viên theo Hướng dẫn 02-HD/BTCTW",
    workspace: "Hồ sơ của chi bộ",
    filter: "Tìm theo mã đảng viên hoặc mã chi bộ",
    colMember: "Đảng viên",
    colBranch: "Chi bộ",
    colState: "Trạng thái",
    colStep: "Bước",
    colEvents: "Số việc",
    colLast: "Ngày gần nhất",
    colDate: "Ngày",
    colWhat: "Việc",
    colWho: "Cơ quan",
    more: "Xem thêm",
    casesShown: (n, total) => `Đang hiện ${n}/${total} hồ sơ.`,
    casesEmpty: "Chưa có hồ sơ nào: nhập tệp .jsonl hoặc tạo hồ sơ mới.",
    due: "Việc đến hạn",
    dueBody: "Cơ quan phải làm",
    allBodies: "Tất cả",
    dueShown: (n, total) => `Đang hiện ${n}/${total} việc.`,
    dueEmpty: "Không có việc nào đang chờ.",
    dueFrom: (d) => `được tiến hành từ ${d}`,
    dueSince: (d) => `đang chờ từ ${d}`,
    dueNote: "Việc đóng hồ sơ và việc thay người theo dõi, giúp đỡ có thể làm bất cứ lúc nào nên không liệt kê ở đây.",
    importExport: "Nhập, xuất hồ sơ (tệp .jsonl)",
    importCaption: (limit) => `Chọn tệp .jsonl (mỗi dòng một hồ sơ; dung lượng tối đa ${limit} MB)`,
    exportButton: "Tải tất cả hồ sơ (tệp .jsonl)",
    setup: "Hồ sơ mới",
    noOpen: "Chọn một hồ sơ trong danh sách để xem và ghi nhận việc tiếp theo.",
    status: "Tình trạng hồ sơ",
    next: "Việc có thể ghi nhận",
    record: "Ghi nhận việc tiếp theo",
    recordButton: "Ghi nhận",
    closedNote: "Hồ sơ đã kết thúc: không còn việc nào được ghi nhận.",
    history: "Diễn biến và căn cứ quyết định",
    historyShown: (n, total) => `Đang hiện ${n} việc gần nhất trong ${total} việc đã ghi nhận.`,
    historyMore: (n) => `Xem thêm ${n} việc trước đó`,
    footer: "Tính toán bằng thư viện screening (WebAssembly), ngay trong trình duyệt; dữ liệu chỉ lưu trong trình duyệt này, không gửi đi đâu.",
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
    screeningFrom: "Được họp sàng lọc từ",
    mentor: "Người theo dõi, giúp đỡ",
    version: "Số việc đã ghi nhận",
    none: "—",
    event: "Việc",
    by: "Cơ quan ghi nhận",
    date: "Ngày",
    earliest: "Sớm nhất từ",
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
    excluded: "Không tính vào căn cứ (bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam, đang sinh hoạt tạm thời nơi khác)",
    ballots: "Kết quả kiểm phiếu (nếu có)",
    progress_ballots: "Kiểm phiếu công nhận tiến bộ (nếu có)",
    removal_ballots: "Kiểm phiếu đề nghị đưa ra khỏi Đảng (nếu có)",
    issued: "Số phiếu phát ra",
    returned: "Số phiếu thu vào",
    invalid: "Số phiếu không hợp lệ",
    tellers: (q, b) => `Kiểm phiếu, ${q}: phát ra ${b.issued}, thu vào ${b.returned}, không hợp lệ ${b.invalid}`,
    yes: "Số phiếu đồng ý",
    progress_yes: "Phiếu đồng ý công nhận tiến bộ",
    removal_yes: "Phiếu đồng ý đề nghị đưa ra khỏi Đảng",
    mentorId: "Mã người theo dõi, giúp đỡ",
    mentorRole: "Là",
    outcome: "Quyết định",
    reason: "Lý do",
    refused: "Không ghi nhận được",
    refusedAt: (at, state) => `Việc thứ ${at + 1} bị từ chối; hồ sơ giữ nguyên ở trạng thái “${state}”.`,
    code: "Mã lỗi",
    technical: "Chi tiết kỹ thuật",
    recorded: "Đã ghi nhận và lưu",
    created: (m) => `Đã tạo và lưu hồ sơ của đồng chí ${m}.`,
    caseExists: (m, b) => `Chi bộ ${b} đã có hồ sơ của đồng chí ${m}; không tạo hồ sơ mới.`,
    restored: (n) => `Đã mở lại ${n} hồ sơ lưu trong trình duyệt này.`,
    migrated: (m) => `Hồ sơ đang làm dở của đồng chí ${m} (lưu theo cách cũ) đã được chuyển vào danh sách.`,
    rules: "Căn cứ",
    question: "Nội dung biểu quyết",
    votes: "Đồng ý",
    threshold: "Tỷ lệ cần đạt",
    required: "Cần",
    met: "Kết quả",
    metYes: "Đạt",
    metNo: "Không đạt",
    electorateSize: (e) => `Số đảng viên làm căn cứ tính tỷ lệ: ${e.size} (${e.official} chính thức − ${e.exempt} được miễn + ${e.exempt_attending} được miễn có mặt${e.excluded ? ` − ${e.excluded} không tính vào căn cứ` : ""})`,
    noEvents: "Chưa ghi nhận việc nào.",
    loadError: "Không tải được thư viện",
    reading: (n, pct) => `Đang đọc tệp: ${n} dòng (${pct}%)…`,
    opening: (n, total) => `Đang mở các hồ sơ lưu trong trình duyệt: ${n}/${total}…`,
    saving: (n) => `Đang lưu ${n} hồ sơ…`,
    savingOne: "Đang lưu…",
    imported: (n, added, replaced) => `Đã nhập và lưu ${n} hồ sơ (${added} hồ sơ mới, ${replaced} hồ sơ thay cho hồ sơ cùng mã đã có).`,
    tooLarge: (name, size, limit) => `Tệp “${name}” có dung lượng ${size} MB, quá giới hạn ${limit} MB: không nhập. Hãy chia tệp thành nhiều tệp nhỏ hơn.`,
    emptyFile: (name) => `Tệp “${name}” không có hồ sơ nào: không nhập.`,
    importRefused: (name, bad, lines) => `Tệp “${name}” có ${bad}/${lines} dòng không nhập được; chưa nhập hồ sơ nào.`,
    importReadable: (n) => `Chỉ nhập ${n} hồ sơ đọc được`,
    importCancel: "Không nhập",
    importCancelled: "Đã hủy việc nhập tệp; danh sách giữ nguyên.",
    line: (n) => `Dòng ${n}`,
    duplicate: (first) => `trùng hồ sơ ở dòng ${first} (cùng mã đảng viên, cùng chi bộ)`,
    moreProblems: (n) => `… và ${n} dòng khác.`,
    storageQuota: "Không lưu được: phần bộ nhớ trình duyệt dành cho trang này đã đầy. Không có gì thay đổi. Hãy tải tất cả hồ sơ về máy (tệp .jsonl), rồi xóa bớt dữ liệu của trang trong cài đặt trình duyệt.",
    storageFailed: "Không lưu được vào bộ nhớ của trình duyệt. Không có gì thay đổi; hãy thử lại.",
    storageStale: "Không lưu được: hồ sơ này vừa được thay đổi ở một cửa sổ khác của trang. Không có gì thay đổi; hãy tải lại trang để xem hồ sơ mới nhất.",
    storageUnavailable: "Trình duyệt không cho trang này lưu dữ liệu, nên không thể nhập, tạo hay ghi nhận hồ sơ. Hãy mở trang ở cửa sổ thường (không ẩn danh) hoặc dùng trình duyệt khác.",
    busy: "Trang đang nhập hoặc lưu hồ sơ; xin đợi xong rồi làm tiếp.",
    printVoteRecord: "In biên bản kiểm phiếu",
    docxVoteRecord: "Tải biên bản kiểm phiếu (.docx)",
    printList: "In danh sách",
    docxList: "Tải danh sách (.docx)",
    printNow: "In",
    printClose: "Đóng",
    printPreview: "Bản xem trước khi in",
    printHint: "Các chỗ chấm chấm (họ tên, năm sinh, chức vụ, thời gian, địa điểm, ban kiểm phiếu) điền tay trước khi ký.",
    documentsLoading: "Đang tải phần làm văn bản…",
    documentsUnavailable: "Không tải được phần làm văn bản của thư viện; hãy tải lại trang rồi thử lại.",
  },
  en: {
    title: "The branch's screening cases",
    subtitle: "Reviewing, educating, screening and removing party members under Guidance 02-HD/BTCTW",
    workspace: "The branch's cases",
    filter: "Find by member ID or branch ID",
    colMember: "Member",
    colBranch: "Branch",
    colState: "State",
    colStep: "Step",
    colEvents: "Events",
    colLast: "Last event",
    colDate: "Date",
    colWhat: "Event",
    colWho: "Body",
    more: "Show more",
    casesShown: (n, total) => `Showing ${n} of ${total} cases.`,
    casesEmpty: "No case yet: import a JSON Lines file or create a new case.",
    due: "What is due",
    dueBody: "Body that must act",
    allBodies: "All",
    dueShown: (n, total) => `Showing ${n} of ${total} items.`,
    dueEmpty: "Nothing is waiting.",
    dueFrom: (d) => `from ${d}`,
    dueSince: (d) => `waiting since ${d}`,
    dueNote: "Closing a case and reassigning a mentor may be done at any time, so they are not listed here.",
    importExport: "Import, export cases (JSON Lines)",
    importCaption: (limit) => `Choose a JSON Lines file (one case per line; at most ${limit} MB)`,
    exportButton: "Download all cases (JSON Lines)",
    setup: "New case",
    noOpen: "Choose a case in the list to see it and record the next event.",
    status: "Where the case stands",
    next: "Events that may be recorded now",
    record: "Record the next event",
    recordButton: "Record",
    closedNote: "The case is closed: no event may be recorded.",
    history: "History and grounds of each decision",
    historyShown: (n, total) => `Showing the last ${n} of ${total} events.`,
    historyMore: (n) => `Show ${n} earlier events`,
    footer: "Computed by the screening library (WebAssembly) in your browser; the data stays in this browser and is sent nowhere.",
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
    by: "Recorded by",
    date: "Date",
    earliest: "Earliest:",
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
    excluded: "Left out of the base (suspended, prosecuted, in custody, attached elsewhere)",
    ballots: "Tellers' count (if any)",
    progress_ballots: "Tellers' count, progress ballot (if any)",
    removal_ballots: "Tellers' count, removal ballot (if any)",
    issued: "Ballots issued",
    returned: "Ballots returned",
    invalid: "Invalid ballots",
    tellers: (q, b) => `Tellers' count, ${q}: ${b.issued} issued, ${b.returned} returned, ${b.invalid} invalid`,
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
    technical: "Technical detail",
    recorded: "Recorded and saved",
    created: (m) => `The case of member ${m} was created and saved.`,
    caseExists: (m, b) => `Branch ${b} already has a case for member ${m}; no new case was created.`,
    restored: (n) => `${n} cases saved in this browser were reopened.`,
    migrated: (m) => `The case in progress of member ${m} (saved the old way) was moved into the list.`,
    rules: "Rules",
    question: "Question",
    votes: "Yes",
    threshold: "Threshold",
    required: "Needed",
    met: "Result",
    metYes: "Met",
    metNo: "Not met",
    electorateSize: (e) => `Electorate E = ${e.size} (${e.official} official − ${e.exempt} exempted + ${e.exempt_attending} exempted attending${e.excluded ? ` − ${e.excluded} left out` : ""})`,
    noEvents: "No event recorded yet.",
    loadError: "The library could not be loaded",
    reading: (n, pct) => `Reading the file: ${n} lines (${pct}%)…`,
    opening: (n, total) => `Opening the cases saved in this browser: ${n} of ${total}…`,
    saving: (n) => `Saving ${n} cases…`,
    savingOne: "Saving…",
    imported: (n, added, replaced) => `${n} cases imported and saved (${added} new, ${replaced} replacing a case with the same IDs).`,
    tooLarge: (name, size, limit) => `The file “${name}” is ${size} MB, over the limit of ${limit} MB: not imported. Split it into smaller files.`,
    emptyFile: (name) => `The file “${name}” holds no case: nothing imported.`,
    importRefused: (name, bad, lines) => `${bad} of the ${lines} lines of “${name}” cannot be imported; no case was imported.`,
    importReadable: (n) => `Import only the ${n} readable cases`,
    importCancel: "Do not import",
    importCancelled: "The import was cancelled; the list is unchanged.",
    line: (n) => `Line ${n}`,
    duplicate: (first) => `the same case as line ${first} (same member ID and branch)`,
    moreProblems: (n) => `… and ${n} more lines.`,
    storageQuota: "Not saved: the browser's storage for this page is full. Nothing was changed. Download all cases (JSON Lines), then clear some of this page's data in the browser's settings.",
    storageFailed: "Not saved in the browser's storage. Nothing was changed; try again.",
    storageStale: "Not saved: this case was just changed in another window of the page. Nothing was changed; reload the page to see the latest case.",
    storageUnavailable: "The browser does not let this page store data, so no case can be imported, created or recorded. Open the page in a normal (not private) window or use another browser.",
    busy: "The page is importing or saving cases; please wait until it has finished.",
    printVoteRecord: "Print the vote-count record",
    docxVoteRecord: "Download the vote-count record (.docx)",
    printList: "Print the list",
    docxList: "Download the list (.docx)",
    printNow: "Print",
    printClose: "Close",
    printPreview: "Print preview",
    printHint: "The dotted blanks (names, years of birth, posts, time, place, the tellers) are filled in by hand before signing.",
    documentsLoading: "Loading the documents part of the library…",
    documentsUnavailable: "The documents part of the library could not be loaded; reload the page and try again.",
  },
};

const BOOL_WORDS = {
  proceed: ["proceedTrue", "proceedFalse"],
  approved: ["approvedTrue", "approvedFalse"],
  forward: ["forwardTrue", "forwardFalse"],
  violations_confirmed: ["violationsTrue", "violationsFalse"],
};

/**
 * The events someone is awaited to record (the library's: all but closing a case
 * and changing its mentor, which may happen at any time); "what is due" lists only
 * these, as `screening report` does when it counts the cases awaiting a body.
 */
const AWAITED = new Set(awaitedEvents());

const ui = {
  lang: localStorage.getItem("screening-lang") === "en" ? "en" : "vi",
  /** @type {import("./store.js").Store | null} */
  store: null,
  /** Every case of the workspace, by key: {key, id, file, member, branch, state, step, version, next, last}. */
  cases: new Map(),
  /** The open case: its key, the Case and its report. */
  openKey: null,
  /** @type {Case | null} */
  open: null,
  openReport: null,
  historyShown: HISTORY_PAGE,
  casesShown: LIST_PAGE,
  dueShown: LIST_PAGE,
  filter: "",
  dueBody: "",
  /** An import read but not stored, waiting for the user's choice. */
  pendingImport: null,
  busy: false,
  progress: null,
  /** What the message box shows (rendered in the current language). */
  message: null,
  newCase: { memberId: "", memberStatus: "official", branchId: "", branchKind: "under_grassroots_committee", hasCommittee: true },
  draft: emptyDraft(),
};

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function emptyDraft(date = today()) {
  return {
    type: "",
    by: "",
    date,
    note: "",
    criteria: [],
    proceed: "",
    approved: "",
    forward: "",
    violations_confirmed: "",
    electorate: { official: "", exempt: "", exempt_attending: "", excluded: "" },
    ballots: { issued: "", returned: "", invalid: "" },
    progress_ballots: { issued: "", returned: "", invalid: "" },
    removal_ballots: { issued: "", returned: "", invalid: "" },
    yes: "",
    progress_yes: "",
    removal_yes: "",
    mentor: { id: "", role: "" },
    outcome: "",
    reason: "",
  };
}

const t = (key, ...args) => {
  const w = T[ui.lang][key];
  return typeof w === "function" ? w(...args) : w;
};
const label = (table, code) => (L[table][code] ? L[table][code][ui.lang] : code);
/** A body's name in a case: the branch's own name for it (`branch.names`), else the library's label. */
const bodyName = (branch, body) => branch?.names?.[body] ?? label("bodies", body);
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

// ------------------------------------------------------------------ the cases

const keyOf = (branchId, memberId) => JSON.stringify([branchId, memberId]);

/** Releases a case the page no longer needs, where the package holds cases in the module. */
function release(c) {
  if (c && typeof c.free === "function") c.free();
}

/** An entry's or a decision's words in the page's language (on demand where the package offers it). */
function explain(x) {
  return typeof x.explain === "function" ? x.explain(ui.lang) : x.explanation[ui.lang];
}

/** What the lists need of a case, from its Case (the file is kept as the library wrote it). */
function summarize(c) {
  const file = JSON.stringify(c);
  const r = c.report();
  return summaryOf(file, r);
}

/** The summary of a case read from its file; the Case itself is released. */
function summarizeFile(text) {
  const c = Case.fromJSON(text);
  try {
    return summarize(c);
  } finally {
    release(c);
  }
}

function summaryOf(file, r) {
  const last = r.history.length > 0 ? r.history[r.history.length - 1].date : null;
  return {
    key: keyOf(r.branch.id, r.member.id),
    id: [r.branch.id, r.member.id],
    file,
    member: r.member,
    branch: r.branch,
    state: r.state,
    step: r.step,
    version: r.version,
    next: r.next,
    last,
  };
}

const record = (s) => ({ id: s.id, file: s.file });

const collator = new Intl.Collator("vi", { numeric: true });

function sortedCases() {
  return [...ui.cases.values()].sort((a, b) => collator.compare(a.branch.id, b.branch.id) || collator.compare(a.member.id, b.member.id));
}

/** What is due: for each open case, each event it awaits, dated by its earliest date or by when the wait began. */
function dueItems() {
  const items = [];
  for (const s of ui.cases.values()) {
    for (const n of s.next) {
      if (!AWAITED.has(n.type)) continue;
      if (ui.dueBody !== "" && !n.by.includes(ui.dueBody)) continue;
      const from = n.from ?? null;
      items.push({ key: s.key, member: s.member.id, branch: s.branch.id, branchData: s.branch, type: n.type, by: n.by, date: from ?? s.last ?? "", from: from !== null });
    }
  }
  // Dates are YYYY-MM-DD: their order as text is their order in time.
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.member, b.member)));
}

// ------------------------------------------------------------------ rendering

function renderStatic() {
  document.documentElement.lang = ui.lang;
  document.title = t("title");
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  for (const b of document.querySelectorAll("[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === ui.lang));
  $("import-caption").textContent = t("importCaption", ui.lang === "en" ? mb(IMPORT_LIMIT) : mbVi(IMPORT_LIMIT));
}

function renderCases() {
  const needle = ui.filter.trim().toLowerCase();
  const all = sortedCases().filter((s) => needle === "" || s.member.id.toLowerCase().includes(needle) || s.branch.id.toLowerCase().includes(needle));
  const shown = all.slice(0, ui.casesShown);
  if (ui.cases.size === 0) {
    fill($("cases"), h("tr", {}, h("td", { colspan: 6, class: "muted" }, t("casesEmpty"))));
  } else {
    fill($("cases"),
      shown.map((s) =>
        h(
          "tr",
          { class: s.key === ui.openKey ? "case open" : "case", "data-key": s.key, "data-member": s.member.id },
          h("td", {}, h("button", { type: "button", class: "link", onclick: () => openCase(s.key) }, s.member.id)),
          h("td", {}, s.branch.id),
          h("td", {}, h("span", { class: "state", "data-code": s.state }, label("states", s.state))),
          h("td", {}, s.step === null ? t("none") : `${s.step}. ${label("steps", String(s.step))}`),
          h("td", { class: "n" }, String(s.version)),
          h("td", { class: "date" }, s.last === null ? t("none") : formatDate(s.last)),
        ),
      ),
    );
  }
  $("cases-shown").textContent = ui.cases.size === 0 ? "" : t("casesShown", shown.length, all.length);
  $("cases-more").hidden = shown.length >= all.length;
}

function renderDue() {
  const bodies = Object.keys(L.bodies);
  fill($("due-body"),
    h("option", { value: "", selected: ui.dueBody === "" }, t("allBodies")),
    bodies.map((b) => h("option", { value: b, selected: b === ui.dueBody }, label("bodies", b))),
  );
  const all = dueItems();
  const shown = all.slice(0, ui.dueShown);
  if (all.length === 0) {
    fill($("due"), h("tr", {}, h("td", { colspan: 4, class: "muted" }, t("dueEmpty"))));
  } else {
    fill($("due"),
      shown.map((d) =>
        h(
          "tr",
          { class: d.from ? "due from" : "due", "data-key": d.key, "data-date": d.date, "data-event": d.type },
          h("td", { class: "date" }, d.from ? t("dueFrom", onDate(d.date)) : t("dueSince", onDate(d.date))),
          h("td", {}, h("button", { type: "button", class: "link", onclick: () => openCase(d.key) }, d.member), h("span", { class: "muted" }, ` · ${d.branch}`)),
          h("td", {}, label("events", d.type)),
          h("td", {}, d.by.map((b) => bodyName(d.branchData, b)).join(" / ")),
        ),
      ),
    );
  }
  $("due-shown").textContent = all.length === 0 ? "" : t("dueShown", shown.length, all.length);
  $("due-more").hidden = shown.length >= all.length;
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
  const r = ui.openReport;
  $("no-open").hidden = r !== null;
  $("status-card").hidden = r === null;
  $("history-card").hidden = r === null;
  $("record-card").hidden = r === null;
  if (r === null) return;
  const row = (key, value, id) => [h("dt", {}, t(key)), h("dd", { id }, value)];
  fill($("status"),
    ...row("member", `${r.member.id} (${label("member_statuses", r.member.status)})`, "status-member"),
    ...row("branch", `${r.branch.id} (${label("branch_kinds", r.branch.kind)}${r.branch.has_committee ? "" : ` · ${bodyName(r.branch, "branch_secretary")}`})`, "status-branch"),
    ...row("state", h("span", { class: "state", "data-code": r.state }, label("states", r.state)), "status-state"),
    ...row("step", r.step === null ? t("none") : `${r.step}. ${label("steps", String(r.step))}`, "status-step"),
    ...row("cycle", String(r.cycle), "status-cycle"),
    ...row("screeningFrom", r.screening_from ? onDate(r.screening_from) : t("none"), "status-screening-from"),
    ...row("mentor", r.mentor ? `${r.mentor.id} (${label("mentor_roles", r.mentor.role)})` : t("none"), "status-mentor"),
    ...row("version", String(r.version), "status-version"),
  );
  fill($("next"),
    ...r.next.map((n) =>
      h(
        "li",
        { "data-event": n.type },
        h("strong", {}, label("events", n.type)),
        h("span", { class: "muted" }, ` — ${n.by.map((b) => bodyName(r.branch, b)).join(" / ")}`),
        n.from ? h("span", { class: "from" }, ` · ${t("earliest")} ${onDate(n.from)}`) : null,
      ),
    ),
  );
}

function renderRecordForm() {
  const r = ui.openReport;
  if (r === null) return;
  const next = r.next;
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
        h("select", { id: "event-by", onchange: (e) => (d.by = e.target.value) }, allowed.by.map((b) => h("option", { value: b, selected: b === d.by }, bodyName(r.branch, b)))),
      ),
      field(
        "event-date",
        t("date"),
        h("input", { id: "event-date", type: "date", value: d.date, oninput: (e) => (d.date = e.target.value) }),
        allowed.from ? `${t("earliest")} ${onDate(allowed.from)}` : null,
      ),
    ),
  );
  for (const f of FIELDS[d.type]) parts.push(payloadControl(f, d));
  parts.push(field("event-note", t("note"), h("textarea", { id: "event-note", rows: 2, value: d.note, oninput: (e) => (d.note = e.target.value) })));
  fill($("record-fields"), ...parts);
  $("record-submit").disabled = ui.busy;
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
        { class: "field grid2", id: "field-electorate" },
        h("legend", {}, t("electorate")),
        ["official", "exempt", "exempt_attending", "excluded"].map((k) =>
          field(`field-${k}`, t(k), numberInput(`field-${k}`, d.electorate[k], (v) => (d.electorate[k] = v))),
        ),
      );
    case "yes":
    case "progress_yes":
    case "removal_yes":
      return field(`field-${f}`, t(f), numberInput(`field-${f}`, d[f], (v) => (d[f] = v)));
    case "ballots":
    case "progress_ballots":
    case "removal_ballots":
      return h(
        "fieldset",
        { class: "field grid3", id: `field-${f}` },
        h("legend", {}, t(f)),
        ["issued", "returned", "invalid"].map((k) => field(`field-${f}-${k}`, t(k), numberInput(`field-${f}-${k}`, d[f][k], (v) => (d[f][k] = v)))),
      );
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

/** The newest entries of the history, newest first; older ones on request. */
function renderHistory() {
  const r = ui.openReport;
  if (r === null) return;
  const total = r.history.length;
  if (total === 0) {
    fill($("history"), h("li", { class: "muted" }, t("noEvents")));
    $("history-shown").textContent = "";
    $("history-more").hidden = true;
    return;
  }
  const shown = Math.min(total, ui.historyShown);
  const entries = [];
  for (let i = total - 1; i >= total - shown; i--) entries.push(entryView(r.history[i]));
  fill($("history"), entries);
  $("history-shown").textContent = shown < total ? t("historyShown", shown, total) : "";
  const more = $("history-more");
  more.hidden = shown >= total;
  more.textContent = t("historyMore", Math.min(HISTORY_PAGE, total - shown));
}

function entryView(e) {
  return h(
    "li",
    { class: "entry", "data-index": e.index, "data-type": e.type },
    h(
      "div",
      { class: "entry-head" },
      h("span", { class: "num" }, `${e.index + 1}`),
      h("strong", {}, label("events", e.type)),
      h("span", { class: "muted" }, ` · ${formatDate(e.date)} · ${bodyName(ui.openReport?.branch, e.by)}`),
      h("span", { class: "arrow" }, " → "),
      h("span", { class: "state", "data-code": e.state }, label("states", e.state)),
    ),
    h("p", { class: "explanation" }, explain(e)),
    e.ballot ? ballotView(e.ballot) : null,
    e.ballot ? documentButtons(e.index) : null,
    h(
      "p",
      { class: "rules" },
      h("span", { class: "muted" }, `${t("rules")}: `),
      e.rules.map((id) => h("abbr", { class: "rule", title: label("rules", id) }, id)),
      e.screening_from ? h("span", { class: "from" }, ` · ${t("screeningFrom")} ${onDate(e.screening_from)}`) : null,
    ),
    e.note ? h("p", { class: "note" }, `${t("note")}: ${e.note}`) : null,
  );
}

/** The papers of a ballot: its vote-count record and its list, to print (HTML) or download (.docx). */
function documentButtons(index) {
  const button = (cls, kind, format, key) =>
    h("button", { type: "button", class: `doc ${cls}`, "data-doc": kind, "data-format": format, onclick: () => makeDocument(kind, index, format) }, t(key));
  return h(
    "div",
    { class: "actions docs" },
    button("print", "voteRecord", "html", "printVoteRecord"),
    button("docx", "voteRecord", "docx", "docxVoteRecord"),
    button("print", "approvalList", "html", "printList"),
    button("docx", "approvalList", "docx", "docxList"),
  );
}

function ballotView(b) {
  return h(
    "div",
    { class: "ballot" },
    h("p", { class: "muted" }, t("electorateSize", b.electorate)),
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
    b.votes.filter((v) => v.ballots).map((v) => h("p", { class: "muted tellers" }, t("tellers", label("questions", v.question), v.ballots))),
    h("p", {}, h("strong", {}, `${label("ballots", b.ballot)}: ${label("outcomes", b.outcome)}`)),
  );
}

function storageText(e) {
  const key = { quota: "storageQuota", unavailable: "storageUnavailable", stale: "storageStale" }[e.kind] ?? "storageFailed";
  return t(key);
}

function problemText(p) {
  if (p.duplicateOf !== undefined) return t("duplicate", p.duplicateOf);
  return p.error instanceof ScreeningError ? p.error.messageIn(ui.lang) : String(p.error);
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
        ? h("p", { id: "error-where" }, t("refusedAt", e.at, label("states", e.state)))
        : null,
      e instanceof ScreeningError ? h("p", { class: "muted" }, `${t("code")}: `, h("code", { id: "error-code" }, e.code)) : null,
    );
  } else if (m.kind === "storage") {
    box.classList.add("error", "storage");
    fill(box,
      h("strong", { id: "error-text" }, storageText(m.error)),
      m.error.detail ? h("p", { class: "muted" }, `${t("technical")}: `, h("code", { id: "error-code" }, m.error.detail)) : null,
    );
  } else if (m.kind === "refusal") {
    // The page's own refusal (file too large, empty file, a case that exists).
    box.classList.add("error");
    fill(box, h("strong", { id: "error-text" }, t(m.key, ...m.args)));
  } else if (m.kind === "import") {
    const p = ui.pendingImport;
    box.classList.add("error", "import");
    const listed = p.problems.slice(0, 10);
    fill(box,
      h("strong", { id: "error-text" }, t("importRefused", p.name, p.problems.length, p.lines)),
      h(
        "ul",
        { id: "import-problems" },
        listed.map((x) =>
          h(
            "li",
            { "data-line": x.line, "data-code": x.error instanceof ScreeningError ? x.error.code : x.duplicateOf !== undefined ? "duplicate" : undefined },
            `${t("line", x.line)}${x.member ? ` (${x.member})` : ""}: `,
            problemText(x),
          ),
        ),
      ),
      p.problems.length > listed.length ? h("p", {}, t("moreProblems", p.problems.length - listed.length)) : null,
      h(
        "div",
        { class: "actions" },
        p.cases.length > 0 ? h("button", { type: "button", id: "import-readable", class: "primary", onclick: onImportReadable, disabled: ui.busy }, t("importReadable", p.cases.length)) : null,
        h("button", { type: "button", id: "import-cancel", onclick: onImportCancel, disabled: ui.busy }, t("importCancel")),
      ),
    );
  } else {
    box.classList.add("ok");
    fill(box, h("strong", { id: "ok-head" }, typeof m.key === "string" ? t(m.key, ...(m.args ?? [])) : ""), m.entry ? h("span", { id: "ok-text" }, ` ${explain(m.entry)}`) : null);
  }
}

function renderProgress() {
  const p = $("progress");
  p.hidden = ui.progress === null;
  p.textContent = ui.progress === null ? "" : t(ui.progress.key, ...ui.progress.args);
  document.body.dataset.busy = String(ui.busy);
}

function renderOpen() {
  renderStatus();
  renderRecordForm();
  renderHistory();
}

function render() {
  renderStatic();
  renderCases();
  renderDue();
  renderNewCase();
  renderOpen();
  renderMessage();
  renderProgress();
}

// ------------------------------------------------------------------- actions

function show(message) {
  ui.message = message;
  renderMessage();
}

function setBusy(busy, progress = null) {
  ui.busy = busy;
  ui.progress = progress;
  renderProgress();
  $("record-submit").disabled = busy;
}

/**
 * Stores `records`, or with `previous` one record in place of that stored file
 * (null: none); resolves true once stored, false (with the message shown) if not.
 */
async function store(records, previous) {
  if (ui.store === null) {
    show({ kind: "storage", error: new StoreError("unavailable") });
    return false;
  }
  try {
    if (previous === undefined) await ui.store.put(records);
    else await ui.store.replace(records[0], previous);
    return true;
  } catch (err) {
    show({ kind: "storage", error: err instanceof StoreError ? err : new StoreError("failed", err) });
    return false;
  }
}

function openCase(key) {
  const s = ui.cases.get(key);
  if (!s) return;
  if (ui.openKey !== key) {
    ui.draft = emptyDraft(ui.draft.date);
    ui.historyShown = HISTORY_PAGE;
  }
  try {
    const c = Case.fromJSON(s.file);
    const report = c.report();
    release(ui.open);
    ui.open = c;
    ui.openReport = report;
    ui.openKey = key;
  } catch (err) {
    show({ kind: "error", error: err });
    return;
  }
  renderCases();
  renderOpen();
  $("status-card").scrollIntoView?.({ block: "nearest" });
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
          excluded: readNumber(d.electorate.excluded),
        };
        break;
      case "ballots":
      case "progress_ballots":
      case "removal_ballots": {
        // Optional: left out when nothing is typed; otherwise the library checks all three.
        const b = d[f];
        if ([b.issued, b.returned, b.invalid].some((x) => String(x).trim() !== "")) {
          event[f] = { issued: readNumber(b.issued), returned: readNumber(b.returned), invalid: readNumber(b.invalid) };
        }
        break;
      }
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

// ---------------------------------------------------------------- documents

/** The documents' module (`screening/documents`), fetched on the first document asked for. */
let documentsModule = null;

async function documents(docx) {
  documentsModule ??= await import("./pkg/documents.js");
  await documentsModule.init();
  if (docx) await documentsModule.initDocx();
  return documentsModule;
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Makes the document `kind` (voteRecord, approvalList) of the open case at event `index`: a print preview, or a .docx download. */
async function makeDocument(kind, index, format) {
  const s = ui.cases.get(ui.openKey);
  if (!s) return;
  let docs;
  try {
    ui.progress = { key: "documentsLoading", args: [] };
    renderProgress();
    docs = await documents(format === "docx");
  } catch {
    documentsModule = null;
    return show({ kind: "refusal", key: "documentsUnavailable", args: [] });
  } finally {
    ui.progress = null;
    renderProgress();
  }
  let out;
  try {
    out = docs[kind](s.file, { event: index, format });
  } catch (err) {
    return show({ kind: "error", error: err });
  }
  if (format === "docx") {
    const name = `${kind === "voteRecord" ? "bien-ban-kiem-phieu" : "danh-sach"}-${s.member.id}-viec-${index + 1}.docx`;
    download(new Blob([out], { type: DOCX_TYPE }), name);
  } else {
    showPrint(out, kind);
  }
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Shows a document's HTML in the print preview (a same-origin frame). The
 * page's Content-Security-Policy allows no inline style, so the document's
 * style sheet and its elements' styles are applied through the CSSOM.
 */
function showPrint(html, kind) {
  // Taken out before parsing: a parsed <style> or style attribute would be
  // refused by the policy. Both come from the library's own HTML writer.
  const css = [];
  const styles = [];
  const text = html
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, sheet) => {
      css.push(sheet);
      return "";
    })
    .replace(/ style="([^"]*)"/g, (_, value) => {
      styles.push(value);
      return ` data-css-index="${styles.length - 1}"`;
    });
  const parsed = new DOMParser().parseFromString(text, "text/html");
  const view = $("print-view");
  view.hidden = false;
  view.dataset.doc = kind;
  const win = $("print-frame").contentWindow;
  const doc = win.document;
  doc.documentElement.lang = parsed.documentElement.lang || "vi";
  doc.title = parsed.title;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css.join("\n"));
  doc.adoptedStyleSheets = [sheet];
  const body = doc.importNode(parsed.body, true);
  for (const el of body.querySelectorAll("[data-css-index]")) {
    // The attribute's text is HTML-escaped; the CSSOM takes it through a text node's decoding.
    const decoded = new DOMParser().parseFromString(`<p>${styles[Number(el.dataset.cssIndex)]}</p>`, "text/html").body.textContent;
    el.style.cssText = decoded;
    delete el.dataset.cssIndex;
  }
  doc.body.replaceWith(body);
  $("print-now").focus();
}

async function onRecord(e) {
  e.preventDefault();
  if (ui.open === null || ui.openKey === null) return;
  if (ui.busy) return show({ kind: "refusal", key: "busy", args: [] });
  const key = ui.openKey;
  const old = ui.cases.get(key);
  // The event is applied to a copy: the open case changes only once it is stored.
  let candidate;
  let entry;
  try {
    candidate = Case.fromJSON(old.file);
    entry = candidate.apply(eventFromDraft(ui.draft), ui.open.version);
  } catch (err) {
    // Nothing is lost: the case and the form stay as they were.
    release(candidate);
    return show({ kind: "error", error: err });
  }
  const summary = summarize(candidate);
  setBusy(true, { key: "savingOne", args: [] });
  const stored = await store([record(summary)], old.file);
  setBusy(false);
  if (!stored) {
    release(candidate);
    return renderRecordForm();
  }
  ui.cases.set(key, summary);
  if (ui.openKey === key) {
    release(ui.open);
    ui.open = candidate;
    ui.openReport = candidate.report();
    ui.draft = emptyDraft(ui.draft.date);
  } else {
    release(candidate);
  }
  ui.message = { kind: "ok", key: "recorded", args: [], entry };
  render();
}

async function onCreate(e) {
  e.preventDefault();
  if (ui.busy) return show({ kind: "refusal", key: "busy", args: [] });
  const n = ui.newCase;
  let c;
  try {
    c = new Case({
      member: { id: n.memberId.trim(), status: n.memberStatus },
      branch: { id: n.branchId.trim(), kind: n.branchKind, has_committee: n.hasCommittee },
    });
  } catch (err) {
    return show({ kind: "error", error: err });
  }
  const summary = summarize(c);
  release(c);
  if (ui.cases.has(summary.key)) return show({ kind: "refusal", key: "caseExists", args: [summary.member.id, summary.branch.id] });
  setBusy(true, { key: "savingOne", args: [] });
  const stored = await store([record(summary)], null);
  setBusy(false);
  if (!stored) return;
  ui.cases.set(summary.key, summary);
  ui.message = { kind: "ok", key: "created", args: [summary.member.id] };
  ui.newCase = { ...ui.newCase, memberId: "" };
  render();
  openCase(summary.key);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Reads a JSON Lines file as a stream (File/Blob API; the text is never put
 * into the page) and replays every case with the library, a slice at a time
 * so that the page keeps answering. Nothing is stored or shown as imported here.
 */
async function readCases(file) {
  const cases = [];
  const problems = [];
  const seen = new Map();
  let lines = 0;
  let lineNo = 0;
  let bytes = 0;
  let decoded = 0;
  let done = 0;
  let slice = performance.now();
  const counted = new TransformStream({
    transform(chunk, out) {
      bytes += chunk.byteLength;
      out.enqueue(chunk);
    },
  });
  const reader = file.stream().pipeThrough(counted).pipeThrough(new TextDecoderStream()).getReader();

  const take = async (raw) => {
    lineNo++;
    done += raw.length + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    lines++;
    try {
      const summary = summarizeFile(line);
      const first = seen.get(summary.key);
      if (first !== undefined) {
        problems.push({ line: lineNo, member: summary.member.id, duplicateOf: first });
      } else {
        seen.set(summary.key, lineNo);
        cases.push(summary);
      }
    } catch (error) {
      const member = error instanceof ScreeningError ? error.report?.member?.id : undefined;
      problems.push({ line: lineNo, member, error });
    }
    if (performance.now() - slice > SLICE_MS) {
      // The share of the file replayed: bytes read, scaled by the share of the decoded text already taken.
      const pct = Math.min(99, Math.floor((100 * bytes * Math.min(1, done / Math.max(1, decoded))) / Math.max(1, file.size)));
      ui.progress = { key: "reading", args: [lineNo, pct] };
      renderProgress();
      await pause();
      slice = performance.now();
    }
  };

  let carry = "";
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    decoded += value.length;
    carry += value;
    let from = 0;
    for (let end = carry.indexOf("\n"); end !== -1; end = carry.indexOf("\n", from)) {
      await take(carry.slice(from, end));
      from = end + 1;
    }
    carry = carry.slice(from);
  }
  if (carry !== "") await take(carry);
  return { cases, problems, lines };
}

async function onImportFile(e) {
  const input = e.target;
  const file = input.files?.[0];
  input.value = "";
  if (!file) return;
  if (ui.busy) return show({ kind: "refusal", key: "busy", args: [] });
  const size = () => (ui.lang === "en" ? mb(file.size) : mbVi(file.size));
  if (file.size > IMPORT_LIMIT) {
    return show({ kind: "refusal", key: "tooLarge", args: [file.name, size(), ui.lang === "en" ? mb(IMPORT_LIMIT) : mbVi(IMPORT_LIMIT)] });
  }
  ui.pendingImport = null;
  setBusy(true, { key: "reading", args: [0, 0] });
  let read;
  try {
    read = await readCases(file);
  } catch (err) {
    setBusy(false);
    return show({ kind: "error", error: err });
  }
  setBusy(false);
  if (read.lines === 0) return show({ kind: "refusal", key: "emptyFile", args: [file.name] });
  if (read.problems.length > 0) {
    ui.pendingImport = { name: file.name, ...read };
    return show({ kind: "import" });
  }
  await storeImport(read.cases);
}

/** Stores the cases read from a file, then shows them. */
async function storeImport(cases) {
  setBusy(true, { key: "saving", args: [cases.length] });
  const stored = await store(cases.map(record));
  setBusy(false);
  if (!stored) return;
  let replaced = 0;
  for (const s of cases) {
    if (ui.cases.has(s.key)) replaced++;
    ui.cases.set(s.key, s);
  }
  ui.pendingImport = null;
  ui.message = { kind: "ok", key: "imported", args: [cases.length, cases.length - replaced, replaced] };
  if (ui.openKey !== null && cases.some((s) => s.key === ui.openKey)) {
    openCase(ui.openKey);
  }
  render();
}

async function onImportReadable() {
  if (ui.pendingImport === null || ui.busy) return;
  await storeImport(ui.pendingImport.cases);
}

function onImportCancel() {
  ui.pendingImport = null;
  show({ kind: "ok", key: "importCancelled", args: [] });
}

function onExport() {
  const lines = sortedCases().map((s) => `${s.file}\n`);
  const blob = new Blob(lines, { type: "application/jsonl" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: `ho-so-chi-bo-${today()}.jsonl` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function onLang(e) {
  ui.lang = e.currentTarget.dataset.lang === "en" ? "en" : "vi";
  localStorage.setItem("screening-lang", ui.lang);
  render();
}

// ---------------------------------------------------------------------- start

/** Moves the old page's single case (localStorage) into the workspace, once it is stored. */
async function migrateOldCase() {
  const saved = localStorage.getItem(OLD_KEY);
  if (saved === null || ui.store === null) return null;
  let summary;
  try {
    summary = summarizeFile(saved);
  } catch {
    return null; // left where it is, untouched
  }
  if (!ui.cases.has(summary.key)) {
    try {
      await ui.store.put([record(summary)]);
    } catch {
      return null;
    }
    ui.cases.set(summary.key, summary);
  }
  localStorage.removeItem(OLD_KEY);
  return summary;
}

async function start() {
  for (const b of document.querySelectorAll("[data-lang]")) b.addEventListener("click", onLang);
  $("record").addEventListener("submit", onRecord);
  $("new-case").addEventListener("submit", onCreate);
  $("import-file").addEventListener("change", onImportFile);
  $("export-button").addEventListener("click", onExport);
  $("case-filter").addEventListener("input", (e) => {
    ui.filter = e.target.value;
    ui.casesShown = LIST_PAGE;
    renderCases();
  });
  $("cases-more").addEventListener("click", () => {
    ui.casesShown += LIST_PAGE;
    renderCases();
  });
  $("due-body").addEventListener("change", (e) => {
    ui.dueBody = e.target.value;
    ui.dueShown = LIST_PAGE;
    renderDue();
  });
  $("due-more").addEventListener("click", () => {
    ui.dueShown += LIST_PAGE;
    renderDue();
  });
  $("print-now").addEventListener("click", () => $("print-frame").contentWindow.print());
  $("print-close").addEventListener("click", () => {
    $("print-view").hidden = true;
  });
  $("history-more").addEventListener("click", () => {
    ui.historyShown += HISTORY_PAGE;
    renderHistory();
  });

  const problems = [];
  try {
    ui.store = await openStore();
    const records = await ui.store.all();
    // Every stored case is replayed by the library (the lists show what it
    // says now), a slice at a time with the count shown.
    let slice = performance.now();
    for (let i = 0; i < records.length; i++) {
      try {
        const s = summarizeFile(records[i].file);
        ui.cases.set(s.key, s);
      } catch (error) {
        problems.push(error);
      }
      if (performance.now() - slice > SLICE_MS) {
        ui.progress = { key: "opening", args: [i + 1, records.length] };
        renderProgress();
        await pause();
        slice = performance.now();
      }
    }
    ui.progress = null;
    renderProgress();
  } catch (err) {
    ui.store = null;
    ui.message = { kind: "storage", error: err instanceof StoreError ? err : new StoreError("unavailable", err) };
  }
  const migrated = await migrateOldCase();
  if (ui.message === null) {
    if (problems.length > 0) ui.message = { kind: "error", error: problems[0] };
    else if (migrated) ui.message = { kind: "ok", key: "migrated", args: [migrated.member.id] };
    else if (ui.cases.size > 0) ui.message = { kind: "ok", key: "restored", args: [ui.cases.size] };
    else ui.message = { kind: "ok", key: "casesEmpty", args: [] };
  }
  $("loading").hidden = true;
  $("app").hidden = false;
  render();
  if (migrated) openCase(migrated.key);
  document.body.dataset.ready = "true";
}

start();
