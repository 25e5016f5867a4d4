import { type Brief, verifyBrief } from "@diplo-brief/core";
import { addCounts, type Counts, counts, type Ratio } from "./metrics.js";
import { type AttributionScore, scoreAttributions } from "./score-attributions.js";
import { scoreByEvidence, scoreEntities } from "./score-sections.js";
import { ArticleTokens } from "./tokens.js";

/** Everything measured on one article; all of it sums across articles (micro-averaging). */
export interface Score extends AttributionScore {
  readonly entities: Counts;
  readonly events: Counts;
  readonly issues: Counts;
  /** Drafted `stated` dates whose year, month and day are not all written in their time expression. */
  readonly inventedDates: number;
}

export interface ArticleScore extends Score {
  readonly slug: string;
}

/** Scores a drafted brief against the gold brief of the same article. */
export function scoreArticle(slug: string, draft: Brief, gold: Brief): ArticleScore {
  if (draft.article.text !== gold.article.text) throw new Error(`${slug}: the draft is of another text than the gold brief`);
  const tokens = new ArticleTokens(gold.article.text);
  return {
    slug,
    ...scoreAttributions(draft, gold, tokens),
    entities: scoreEntities(draft, gold),
    events: scoreByEvidence(draft.events, gold.events),
    issues: scoreByEvidence(draft.issues, gold.issues),
    inventedDates: verifyBrief(draft).problems.filter((p) => p.code === "date-not-written").length,
  };
}

const addRatio = (a: Ratio, b: Ratio): Ratio => ({ right: a.right + b.right, of: a.of + b.of });

const ZERO: Score = {
  attributions: counts(0, 0, 0),
  contentTokens: counts(0, 0, 0),
  source: counts(0, 0, 0),
  cue: counts(0, 0, 0),
  speaker: { right: 0, of: 0 },
  directSpeaker: { right: 0, of: 0 },
  entities: counts(0, 0, 0),
  events: counts(0, 0, 0),
  issues: counts(0, 0, 0),
  inventedDates: 0,
};

/** The micro-average: counts summed over articles, so long articles weigh what they hold. */
export function totalScore(scores: readonly Score[]): Score {
  return scores.reduce<Score>(
    (sum, s) => ({
      attributions: addCounts(sum.attributions, s.attributions),
      contentTokens: addCounts(sum.contentTokens, s.contentTokens),
      source: addCounts(sum.source, s.source),
      cue: addCounts(sum.cue, s.cue),
      speaker: addRatio(sum.speaker, s.speaker),
      directSpeaker: addRatio(sum.directSpeaker, s.directSpeaker),
      entities: addCounts(sum.entities, s.entities),
      events: addCounts(sum.events, s.events),
      issues: addCounts(sum.issues, s.issues),
      inventedDates: sum.inventedDates + s.inventedDates,
    }),
    ZERO,
  );
}
