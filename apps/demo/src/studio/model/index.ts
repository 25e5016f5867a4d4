export { type Selection, spanOf } from "./spans.js";
export { type Collection, findItem, type Item, labelOf } from "./items.js";
export {
  addEvidence,
  consequencesOfDelete,
  createEntity,
  createEvent,
  createIssue,
  createQuote,
  deleteItem,
  type Edit,
  EditError,
  mergeEntities,
  removeEvidence,
  setAttribution,
  updateItem,
} from "./edits.js";
export { accept, briefOut, newSession, progress, type Session, withBrief } from "./session.js";
export { History } from "./history.js";
export { type ItemProblem, problemsByItem } from "./problems.js";
export { deleteSession, listSessions, loadSession, saveSession } from "./storage.js";
