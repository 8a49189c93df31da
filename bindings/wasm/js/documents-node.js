// The Node entry of `screening/documents` (ESM): the CommonJS entry
// (documents-node.cjs) re-exported, so that import and require share one
// module and one set of classes with the main entry.
import { createRequire } from "node:module";

const api = createRequire(import.meta.url)("./documents-node.cjs");

export const {
  init,
  initDocx,
  initSync,
  initDocxSync,
  EventWithSeveralCasesError,
  FormatUnavailableError,
  InconsistentContextError,
  MalformedContextError,
  MixedBranchesError,
  MixedListsError,
  NoBallotError,
  NoCasesError,
  NoSuchEventError,
  NotABallotError,
  NotAResolutionError,
  NotOnAListError,
  ScreeningError,
  WriteFailedError,
  approvalList,
  resolution,
  voteRecord,
} = api;
