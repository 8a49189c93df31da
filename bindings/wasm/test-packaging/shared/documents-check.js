// What the documents app checks, with `screening` and `screening/documents` as
// the toolchain delivers them: the documents' modules are fetched only when
// asked (the HTML one on init(), the .docx one on initDocx()), a vote-count
// record in HTML and .docx of a case given as the main entry's Case, and a
// documents' error of the main entry's ScreeningError class.
const caseFile = {
  format: "screening-case/1",
  member: { id: "DV-0042", status: "official" },
  branch: { id: "CB-07", kind: "under_grassroots_committee", has_committee: true },
  events: [
    { type: "flagged", date: "2025-01-10", by: "branch_committee", criteria: ["two_years_not_completed"] },
    { type: "direction_requested", date: "2025-01-12", by: "branch_committee" },
    { type: "direction_given", date: "2025-01-20", by: "grassroots_committee", proceed: true },
    { type: "listing_voted", date: "2025-02-03", by: "branch", electorate: { official: 10, exempt: 1 }, yes: 6 },
  ],
};
const context = {
  format: "screening-context/1",
  place: "Hà Tĩnh",
  people: { "DV-0042": { name: "Trần Văn Bình" } },
  meetings: [{ event: 3, chair: "Nguyễn Văn An", tellers: { head: "Vũ Văn Phúc" } }],
};

// Whether a resource whose URL matches `re` was fetched by the page.
const fetched = (re) => performance.getEntriesByType("resource").some((r) => re.test(r.name));

export async function checkDocuments(main, load) {
  await main.init();
  const htmlModuleEarly = fetched(/screening_documents_bg/);
  const docs = await load();
  await docs.init();
  const c = main.Case.fromJSON(caseFile);
  const html = docs.voteRecord(c, { context, format: "html" });
  const docxModuleEarly = fetched(/screening_documents_docx_bg/);
  await docs.initDocx();
  const docx = docs.voteRecord(c, { context, format: "docx" });
  let refused = null;
  try {
    docs.voteRecord(c, { event: 99 });
  } catch (e) {
    refused = e instanceof main.ScreeningError && e instanceof docs.NoSuchEventError ? e.code : String(e);
  }
  c.free();
  return {
    lazy: !htmlModuleEarly && !docxModuleEarly && fetched(/screening_documents_bg/) && fetched(/screening_documents_docx_bg/),
    html: html.includes("BIÊN BẢN KIỂM PHIẾU") && html.includes("Trần Văn Bình") && html.includes("Vũ Văn Phúc"),
    docx: docx instanceof Uint8Array && docx.length > 1000 ? String.fromCharCode(docx[0], docx[1]) : String(docx),
    refused,
  };
}

/** What checkDocuments() answers when everything works. */
export const documentsExpected = { lazy: true, html: true, docx: "PK", refused: "no_such_event" };
