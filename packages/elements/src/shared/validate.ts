import { type SafeParseBriefResult, safeParseBrief } from "@diplo-brief/core";

// A page that hands the same brief object to many cards should not pay for validation once
// per card, so verdicts are cached per object (and a parsed brief counts as valid). Objects are
// treated as immutable, as Lit's own change detection does: set a new object to change a brief.
const verdicts = new WeakMap<object, SafeParseBriefResult>();

export function validate(input: unknown): SafeParseBriefResult {
  if (typeof input !== "object" || input === null) return safeParseBrief(input);
  let verdict = verdicts.get(input);
  if (!verdict) {
    verdict = safeParseBrief(input);
    verdicts.set(input, verdict);
    if (verdict.success) verdicts.set(verdict.data, verdict);
  }
  return verdict;
}
