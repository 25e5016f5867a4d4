export interface Pair {
  readonly drafted: number;
  readonly gold: number;
  readonly score: number;
}

/**
 * One-to-one matching, greedy by score: the best-scoring pair first, then the best of what is
 * left. Pairs scoring under `threshold` (or 0) never match. Ties go to the earlier gold item,
 * then the earlier drafted one, so results do not depend on sort stability.
 */
export function greedyMatch(drafted: number, gold: number, score: (d: number, g: number) => number, threshold: number): Pair[] {
  const candidates: Pair[] = [];
  for (let d = 0; d < drafted; d++) {
    for (let g = 0; g < gold; g++) {
      const s = score(d, g);
      if (s > 0 && s >= threshold) candidates.push({ drafted: d, gold: g, score: s });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.gold - b.gold || a.drafted - b.drafted);
  const usedDrafted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (usedDrafted.has(pair.drafted) || usedGold.has(pair.gold)) continue;
    usedDrafted.add(pair.drafted);
    usedGold.add(pair.gold);
    pairs.push(pair);
  }
  return pairs;
}
