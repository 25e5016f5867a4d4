import { type GroundedClaims, groundClaims, type Provenance } from "@diplo-brief/core";
import { PROMPT_VERSION } from "@diplo-brief/draft";
import type { GoldArticle } from "./gold.js";
import { type GroundingTally, tallyReport } from "./grounding-tally.js";
import type { ModelAnswer } from "./model-answers.js";
import { type ArticleScore, scoreArticle } from "./score.js";

/** The model that wrote the recorded answers (model-answers/README.md). */
export const ANSWER_MODEL = "claude";

/** How a grounded answer records where it came from: as `draftWithModel` records a model draft. */
export const ANSWER_PROVENANCE: Provenance = {
  method: "drafted",
  by: "recorded model answers (@diplo-brief/eval)",
  model: ANSWER_MODEL,
  prompt: PROMPT_VERSION,
  reviewed: false,
};

export interface GroundedAnswer extends GroundedClaims {
  readonly slug: string;
  readonly tally: GroundingTally;
  /** The grounded brief against the gold, by the drafter's own scoring. */
  readonly score: ArticleScore;
}

/** Grounds an answer in its gold article, as a model draft would be, and scores what is kept. */
export function groundAnswer(answer: ModelAnswer, gold: GoldArticle): GroundedAnswer {
  checkSameArticle(answer, gold);
  const { brief, report } = groundClaims(gold.brief.article, answer.claims, { provenance: ANSWER_PROVENANCE });
  return { slug: answer.slug, brief, report, tally: tallyReport(report), score: scoreArticle(answer.slug, brief, gold.brief) };
}

/** An answer scored against another article's gold would give figures that mean nothing: an error. */
export function checkSameArticle(answer: ModelAnswer, gold: GoldArticle): void {
  if (answer.slug !== gold.slug) throw new Error(`the answer for ${answer.slug} is not of ${gold.slug}`);
}

/** The gold article an answer is of; an answer for an article the gold set lacks is an error, not a skipped answer. */
export function goldOf(answer: ModelAnswer, gold: readonly GoldArticle[]): GoldArticle {
  const article = gold.find((g) => g.slug === answer.slug);
  if (!article) throw new Error(`model-answers/${answer.slug}.claims.json has no gold article`);
  return article;
}

/** Every answer grounded in its gold article. */
export function groundAnswers(answers: readonly ModelAnswer[], gold: readonly GoldArticle[]): GroundedAnswer[] {
  return answers.map((answer) => groundAnswer(answer, goldOf(answer, gold)));
}
