import type { Brief } from "@diplo-brief/core";
import { type DraftReport, draftBrief, type ModelReport } from "@diplo-brief/draft";
import { MockLanguageModelV3 } from "ai/test";
import { draftInputOf, type GoldArticle } from "./gold.js";
import { ANSWER_MODEL, checkSameArticle, goldOf } from "./ground-answers.js";
import { addRecords } from "./grounding-tally.js";
import type { ModelAnswer } from "./model-answers.js";
import { type ArticleScore, scoreArticle } from "./score.js";

/** The provider the replaying model names: provenance then reads "recorded:claude", not a live model's name. */
export const REPLAY_PROVIDER = "recorded";

export interface ReplayedAnswer {
  readonly slug: string;
  /** What `draftBrief` with a model gives: the rules' draft and the grounded answer, merged. */
  readonly brief: Brief;
  readonly report: DraftReport & { readonly model: ModelReport };
  /** The merged brief against the gold, by the drafter's own scoring. */
  readonly score: ArticleScore;
}

/**
 * A language model that gives the recorded answer, as text, to the one request it expects. The
 * answer was written for the whole article at once, so a second request (the article sent in
 * parts) is an error rather than the same answer given for each part.
 */
export function replayingModel(answer: ModelAnswer): MockLanguageModelV3 {
  const text = JSON.stringify(answer.claims);
  let asked = false;
  return new MockLanguageModelV3({
    provider: REPLAY_PROVIDER,
    modelId: ANSWER_MODEL,
    doGenerate: async () => {
      if (asked) throw new Error(`the recorded answer for ${answer.slug} is of the whole article: it was asked for a part`);
      asked = true;
      return {
        content: [{ type: "text", text }],
        finishReason: { unified: "stop", raw: "stop" },
        // Nothing was spent on a recorded answer, and no count of what it once cost was kept.
        usage: {
          inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: undefined, text: undefined, reasoning: undefined },
        },
        warnings: [],
      };
    },
  });
}

/**
 * Drafts the answer's gold article as a user would with a model (`draftBrief` with `model`), the
 * model replaying the recorded answer, and scores the merged brief. The whole article goes in one
 * request, as the answer was made.
 */
export async function replayAnswer(answer: ModelAnswer, gold: GoldArticle): Promise<ReplayedAnswer> {
  checkSameArticle(answer, gold);
  const input = draftInputOf(gold.brief);
  // A recorded answer is never rate-limited: an error is the replay's, and retrying would hide it.
  const { brief, report } = await draftBrief(input, { model: replayingModel(answer), chunkSize: input.text.length, retries: 0 });
  if (!report.model) throw new Error(`${answer.slug}: draftBrief with a model gave no model report`);
  return { slug: answer.slug, brief, report: { ...report, model: report.model }, score: scoreArticle(answer.slug, brief, gold.brief) };
}

/** Every answer replayed through `draftBrief` on its gold article, in the answers' order. */
export function replayAnswers(answers: readonly ModelAnswer[], gold: readonly GoldArticle[]): Promise<ReplayedAnswer[]> {
  return Promise.all(answers.map((answer) => replayAnswer(answer, goldOf(answer, gold))));
}

/** What `draftBrief`'s merge took from each side: items from the model, and from the rules. */
export type Merged = ReplayedAnswer["report"]["model"]["merged"];

/** The pipeline's merge summed over the answers: how many items of its briefs came from the model, and from the rules. */
export function totalMerged(replayed: readonly ReplayedAnswer[]): Merged {
  if (replayed.length === 0) throw new Error("no replayed answers to add up");
  return replayed
    .map(({ report }) => report.model.merged)
    .reduce((total, merged) => ({
      fromModel: addRecords(total.fromModel, merged.fromModel) as Merged["fromModel"],
      fromRules: addRecords(total.fromRules, merged.fromRules) as Merged["fromRules"],
    }));
}
