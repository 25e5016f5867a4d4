export { DRAFTER, type DraftOptions, type DraftResult, draftBrief } from "./draft-brief.js";
export { BlankArticleError, type DraftInput, DraftInputError } from "./input.js";
export type { DraftReport, ModelReport, Skipped } from "./report.js";
export type { ModelDraftOptions } from "./model/draft-with-model.js";
export { ModelDraftError, type ModelDraftErrorCode } from "./model/model-error.js";
export { PROMPT_VERSION } from "./model/prompt.js";
