import type { Brief } from "@diplo-brief/core";
import { BlankArticleError, DraftInputError, type DraftInput, type DraftReport, draftBrief, type ModelDraftOptions } from "@diplo-brief/draft";
import type { ExtractedArticle } from "@diplo-brief/draft/html";
import type { ArticleSource } from "./article.js";

export interface DraftedArticle {
  readonly brief: Brief;
  readonly report: DraftReport;
  /** For a web page, what was taken from it. */
  readonly page?: ExtractedArticle;
}

/** Drafts `article`'s brief, with a language model when `model` is given; a page goes through `draftFromHtml`, loaded only for a page. */
export async function draftArticle(article: ArticleSource, model?: ModelDraftOptions): Promise<DraftedArticle> {
  if (article.format === "text") {
    const input: DraftInput = { ...article.fields, text: article.content };
    return model ? draftBrief(input, model) : draftBrief(input);
  }
  const { draftFromHtml } = await import("@diplo-brief/draft/html");
  const { brief, report, extracted } = await draftFromHtml(article.content, article.fields);
  if (!model) return { brief, report, page: extracted };
  // draftFromHtml takes no model: the article it took out of the page is drafted again with one.
  // Its notes are the page's and the rules', which the same rules on the same article repeat.
  const { text, headline, source, language, published, url } = brief.article;
  const input: DraftInput = { text, headline, source, language, ...(published === undefined ? {} : { published }), ...(url === undefined ? {} : { url }) };
  const drafted = await draftBrief(input, model);
  return { brief: drafted.brief, report: { ...drafted.report, notes: report.notes }, page: extracted };
}

/** Why an article could not be drafted, when the article is the reason; undefined for anything else, which is a bug. */
export async function articleFailure(error: unknown): Promise<string | undefined> {
  if (error instanceof BlankArticleError || error instanceof DraftInputError) return error.message;
  const { NoArticleError } = await import("@diplo-brief/draft/html");
  return error instanceof NoArticleError ? error.message : undefined;
}
