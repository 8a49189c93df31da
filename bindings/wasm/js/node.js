// The Node entry of `screening` (ESM). It is the CommonJS entry (node.cjs)
// re-exported, so that import and require share one module and one set of
// classes (`instanceof ScreeningError` holds across them). The module is
// loaded synchronously on import (wasm-bindgen --target nodejs).
import { createRequire } from "node:module";

const api = createRequire(import.meta.url)("./node.cjs");

export const {
  init,
  initSync,
  BallotDecision,
  Case,
  ConflictingBallotsError,
  DateOrderError,
  Entry,
  InternalError,
  InvalidElectorateError,
  InvalidMentorError,
  InvalidOutcomeError,
  InvalidTallyError,
  MalformedError,
  MissingCriteriaError,
  ScreeningError,
  StaleCaseError,
  TooEarlyError,
  UnsupportedFormatError,
  WrongBodyError,
  WrongStateError,
  decideListing,
  decideScreening,
  labels,
  payloadFields,
  awaitedEvents,
  formatDate,
  replay,
} = api;
