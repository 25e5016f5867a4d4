import { internalErrorReason, prettyJson } from "../messages.js";
import type { ArticleSource } from "./article.js";
import { articleFailure, draftArticle } from "./draft-article.js";

/** One article of a batch, drafted: the brief's JSON as written to its file, or why there is none. Plain data, to cross from a worker thread. */
export type Outcome = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly message: string };

/** Never throws: a batch goes on past an article that fails, even by a bug, which is named as one. */
export async function draftOutcome(article: ArticleSource): Promise<Outcome> {
  try {
    const { brief } = await draftArticle(article);
    return { ok: true, json: prettyJson(brief) };
  } catch (error) {
    return { ok: false, message: (await articleFailure(error)) ?? internalErrorReason(error) };
  }
}
