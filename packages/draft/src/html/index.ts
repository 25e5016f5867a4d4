export { type HtmlDraftOptions, type HtmlDraftResult, draftFromHtml } from "./draft-from-html.js";
export { type ExtractedArticle, NoArticleError } from "./extract-article.js";
export type { ParseHtml } from "./parse-document.js";
