import type { Brief, Evidence } from "@diplo-brief/core";
import { type Counts, counts } from "./metrics.js";
import { greedyMatch } from "./match.js";
import { namesOf, normalizeName, sameEntity } from "./names.js";

/** Entities match by name or alias (an exact name outranks an alias), one to one. */
export function scoreEntities(draft: Brief, gold: Brief): Counts {
  const pairs = greedyMatch(
    draft.entities.length,
    gold.entities.length,
    (d, g) => {
      const drafted = draft.entities[d];
      const wanted = gold.entities[g];
      if (!drafted || !wanted || !sameEntity(drafted, wanted)) return 0;
      return normalizeName(drafted.name) === normalizeName(wanted.name) ? 2 : namesOf(drafted).has(normalizeName(wanted.name)) ? 1.5 : 1;
    },
    1,
  );
  return counts(pairs.length, draft.entities.length, gold.entities.length);
}

/** Characters two lists of spans share. */
export function sharedCharacters(a: readonly Evidence[], b: readonly Evidence[]): number {
  let shared = 0;
  for (const x of a) for (const y of b) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return shared;
}

/** Events or issues match when their evidence overlaps, one to one, the most shared text first. */
export function scoreByEvidence(drafted: readonly { evidence: readonly Evidence[] }[], gold: readonly { evidence: readonly Evidence[] }[]): Counts {
  const pairs = greedyMatch(drafted.length, gold.length, (d, g) => sharedCharacters(drafted[d]?.evidence ?? [], gold[g]?.evidence ?? []), 1);
  return counts(pairs.length, drafted.length, gold.length);
}
