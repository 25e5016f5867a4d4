export { DRAFTER, type DraftOptions, type DraftResult, draftBrief } from "./draft-brief.js";
export { BlankArticleError, type DraftInput, DraftInputError } from "./input.js";
export type { DraftReport, Skipped } from "./report.js";
