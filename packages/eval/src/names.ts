import type { Entity, Evidence } from "@diplo-brief/core";

/** Case, typography and spacing aside, and a leading "the": "The  U.S." = "the u.s." = "U.S.". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

export const namesOf = (entity: Pick<Entity, "name" | "aliases">): Set<string> => new Set([entity.name, ...entity.aliases].map(normalizeName));

export const overlaps = (a: readonly Pick<Evidence, "start" | "end">[], b: readonly Pick<Evidence, "start" | "end">[]): boolean =>
  a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/**
 * Whether a drafted entity is the gold one: a name or alias in common, and for an unnamed
 * source ("a senior official", "the official") also a mention in common, since two unnamed
 * officials share a description but not an identity.
 */
export function sameEntity(drafted: Entity, gold: Entity): boolean {
  const goldNames = namesOf(gold);
  if (![...namesOf(drafted)].some((name) => goldNames.has(name))) return false;
  return gold.unnamed === true || drafted.unnamed === true ? overlaps(drafted.evidence, gold.evidence) : true;
}
