import { type Brief, formatPath, type Problem, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { findItem, isCollection, labelOf } from "./items.js";

export interface ItemProblem {
  readonly id?: string;
  readonly label: string;
  readonly message: string;
}

/** safeParseBrief and verifyBrief problems, each on the item it concerns and worded with its label, not an index path. Key "" for the brief as a whole. */
export function problemsByItem(brief: Brief): ReadonlyMap<string, readonly ItemProblem[]> {
  const byItem = new Map<string, ItemProblem[]>();
  const seen = new Set<string>();
  // Both check evidence spans the same way: a span that is wrong is listed once.
  for (const problem of [...(safeParseBrief(brief).problems ?? []), ...verifyBrief(brief).problems]) {
    if (seen.has(problem.message)) continue;
    seen.add(problem.message);
    const worded = itemProblem(brief, problem);
    const key = worded.id ?? "";
    byItem.set(key, [...(byItem.get(key) ?? []), worded]);
  }
  return byItem;
}

/**
 * A problem of core's on the item at its path, for a person: `quotes[3].cue: 'said' is not
 * written …` becomes `Quote by Hua Chunying: “Hope this…” — cue: 'said' is not written …`.
 * Items are named as `names` has them: for an edit refused, the brief before it, as the person knows it.
 */
export function itemProblem(brief: Brief, problem: Problem, names: Brief = brief): ItemProblem {
  const [collection, index, ...field] = problem.path;
  const item = isCollection(collection) && typeof index === "number" ? brief[collection][index] : undefined;
  if (typeof item?.id !== "string") return { label: "Brief", message: problem.message };
  const label = labelOf(findItem(names, item.id) ? names : brief, item.id);
  const at = `${formatPath(problem.path)}: `;
  const detail = problem.message.startsWith(at) ? problem.message.slice(at.length) : problem.message;
  return { id: item.id, label, message: `${label} — ${field.length > 0 ? `${formatPath(field)}: ` : ""}${detail}` };
}
