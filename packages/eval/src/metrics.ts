/** Counts from which precision, recall and F1 follow; summing counts is micro-averaging. */
export interface Counts {
  /** Items (or tokens) found in both. */
  readonly hits: number;
  /** Everything the draft proposed (the precision denominator). */
  readonly drafted: number;
  /** Everything the gold holds (the recall denominator). */
  readonly gold: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export const counts = (hits: number, drafted: number, gold: number): Counts => ({ hits, drafted, gold });

export const addCounts = (a: Counts, b: Counts): Counts => counts(a.hits + b.hits, a.drafted + b.drafted, a.gold + b.gold);

/** Empty denominators score 0 rather than NaN: nothing found of nothing asked is no evidence of skill. */
export function prf({ hits, drafted, gold }: Counts): Prf {
  const precision = drafted === 0 ? 0 : hits / drafted;
  const recall = gold === 0 ? 0 : hits / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A ratio, and the two numbers it is made of, for accuracies reported as "x of n". */
export interface Ratio {
  readonly right: number;
  readonly of: number;
}

export const ratio = (r: Ratio): number => (r.of === 0 ? 0 : r.right / r.of);
