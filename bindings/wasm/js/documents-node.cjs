// The Node entry of `screening/documents` for require() (CommonJS). The HTML
// and Markdown module loads on require; the .docx module on the first .docx
// asked for (synchronously: init() and initDocx() are not needed in Node).
"use strict";
const api = require("./documents-api.cjs");
const { ScreeningError } = require("./screening.cjs");

if (!api.isConnected()) api.connect(require("./node/screening_documents.js"));
api.setDocxLoader(() => require("./node/screening_documents_docx.js"));

module.exports = {
  /** Does nothing in Node: the module is loaded on require. */
  init: async function init(_wasm) {},
  /** Does nothing in Node: the .docx module is loaded when first needed. */
  initDocx: async function initDocx(_wasm) {},
  /** Does nothing in Node. */
  initSync: function initSync(_wasm) {},
  /** Does nothing in Node. */
  initDocxSync: function initDocxSync(_wasm) {},
  EventWithSeveralCasesError: api.EventWithSeveralCasesError,
  FormatUnavailableError: api.FormatUnavailableError,
  InconsistentContextError: api.InconsistentContextError,
  MalformedContextError: api.MalformedContextError,
  MixedBranchesError: api.MixedBranchesError,
  MixedListsError: api.MixedListsError,
  NoBallotError: api.NoBallotError,
  NoCasesError: api.NoCasesError,
  NoSuchEventError: api.NoSuchEventError,
  NotABallotError: api.NotABallotError,
  NotAResolutionError: api.NotAResolutionError,
  NotOnAListError: api.NotOnAListError,
  ScreeningError,
  WriteFailedError: api.WriteFailedError,
  approvalList: api.approvalList,
  resolution: api.resolution,
  voteRecord: api.voteRecord,
};
