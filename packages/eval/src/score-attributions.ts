import type { Brief, Entity, Evidence, Quote } from "@diplo-brief/core";
import { type Counts, counts, type Ratio } from "./metrics.js";
import { greedyMatch } from "./match.js";
import { sameEntity } from "./names.js";
import { ArticleTokens, dice, intersectionSize } from "./tokens.js";

/** Two attributions are the same when their content tokens have at least this Dice coefficient. */
export const MATCH_DICE = 0.5;

/** A quote read as an attribution, with its content as a set of article tokens. */
export interface AttributionItem {
  readonly quote: Quote;
  readonly content: ReadonlySet<number>;
  readonly cue: Evidence | undefined;
  readonly source: readonly Evidence[] | undefined;
  readonly speaker: Entity | undefined;
}

/** A quote without `attribution` (format 1.0, or a drafter that gives none) is read by its evidence. */
export function attributionsOf(brief: Brief, tokens: ArticleTokens): AttributionItem[] {
  const entities = new Map(brief.entities.map((e) => [e.id, e]));
  return brief.quotes.map((quote) => ({
    quote,
    content: tokens.within(quote.attribution?.content ?? quote.evidence),
    cue: quote.attribution?.cue,
    source: quote.attribution?.source,
    speaker: entities.get(quote.speaker),
  }));
}

export interface AttributionScore {
  /** Matched attributions, of the drafted and of the gold ones. */
  readonly attributions: Counts;
  /** Content tokens shared by matched pairs, of all drafted and all gold content tokens. */
  readonly contentTokens: Counts;
  /** Matched pairs whose source span is exactly right, of the drafted and gold attributions that have one. */
  readonly source: Counts;
  /** Likewise for the cue span. */
  readonly cue: Counts;
  /** Matched pairs whose drafted speaker is the gold speaker. */
  readonly speaker: Ratio;
  /** Gold direct quotes matched by a drafted attribution with the right speaker. */
  readonly directSpeaker: Ratio;
}

const sameSpan = (a: Evidence, b: Evidence): boolean => a.start === b.start && a.end === b.end;

export function scoreAttributions(draft: Brief, gold: Brief, tokens = new ArticleTokens(gold.article.text)): AttributionScore {
  const d = attributionsOf(draft, tokens);
  const g = attributionsOf(gold, tokens);
  const pairs = greedyMatch(d.length, g.length, (i, j) => dice((d[i] as AttributionItem).content, (g[j] as AttributionItem).content), MATCH_DICE);

  let overlap = 0;
  let sourceHits = 0;
  let cueHits = 0;
  let speakerRight = 0;
  let directRight = 0;
  for (const pair of pairs) {
    const drafted = d[pair.drafted] as AttributionItem;
    const wanted = g[pair.gold] as AttributionItem;
    overlap += intersectionSize(drafted.content, wanted.content);
    if (drafted.source && wanted.source && drafted.source.some((s) => wanted.source?.some((t) => sameSpan(s, t)))) sourceHits++;
    if (drafted.cue && wanted.cue && sameSpan(drafted.cue, wanted.cue)) cueHits++;
    const right = drafted.speaker !== undefined && wanted.speaker !== undefined && sameEntity(drafted.speaker, wanted.speaker);
    if (right) speakerRight++;
    if (right && wanted.quote.mode === "direct") directRight++;
  }
  const size = (items: readonly AttributionItem[]) => items.reduce((n, item) => n + item.content.size, 0);
  return {
    attributions: counts(pairs.length, d.length, g.length),
    contentTokens: counts(overlap, size(d), size(g)),
    source: counts(sourceHits, d.filter((a) => a.source?.length).length, g.filter((a) => a.source?.length).length),
    cue: counts(cueHits, d.filter((a) => a.cue).length, g.filter((a) => a.cue).length),
    speaker: { right: speakerRight, of: pairs.length },
    directSpeaker: { right: directRight, of: g.filter((a) => a.quote.mode === "direct").length },
  };
}
