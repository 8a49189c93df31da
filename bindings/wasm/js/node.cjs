// The Node entry of `screening` for require() (CommonJS): the same API as the
// ESM entry (node.js), over the same module (the CommonJS glue is shared).
"use strict";
const api = require("./screening.cjs");

if (!api.isConnected()) api.connect(require("./node/screening_wasm.js"));

module.exports = {
  /** Does nothing in Node: the module is loaded on require. */
  init: async function init(_wasm) {},
  /** Does nothing in Node: the module is loaded on require. */
  initSync: function initSync(_wasm) {},
  BallotDecision: api.BallotDecision,
  Case: api.Case,
  ConflictingBallotsError: api.ConflictingBallotsError,
  DateOrderError: api.DateOrderError,
  Entry: api.Entry,
  InternalError: api.InternalError,
  InvalidElectorateError: api.InvalidElectorateError,
  InvalidMentorError: api.InvalidMentorError,
  InvalidOutcomeError: api.InvalidOutcomeError,
  InvalidTallyError: api.InvalidTallyError,
  MalformedError: api.MalformedError,
  MissingCriteriaError: api.MissingCriteriaError,
  ScreeningError: api.ScreeningError,
  StaleCaseError: api.StaleCaseError,
  TooEarlyError: api.TooEarlyError,
  UnsupportedFormatError: api.UnsupportedFormatError,
  WrongBodyError: api.WrongBodyError,
  WrongStateError: api.WrongStateError,
  decideListing: api.decideListing,
  decideScreening: api.decideScreening,
  labels: api.labels,
  payloadFields: api.payloadFields,
  awaitedEvents: api.awaitedEvents,
  formatDate: api.formatDate,
  replay: api.replay,
};
