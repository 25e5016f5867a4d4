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
  const { brief, report, extracted } = await draftFromHtml(article.content, { ...article.fields, ...model });
  return { brief, report, page: extracted };
}

/** Why an article could not be drafted, when the article is the reason; undefined for anything else, which is a bug. */
export async function articleFailure(error: unknown): Promise<string | undefined> {
  if (error instanceof BlankArticleError || error instanceof DraftInputError) return error.message;
  const { NoArticleError } = await import("@diplo-brief/draft/html");
  return error instanceof NoArticleError ? error.message : undefined;
}
