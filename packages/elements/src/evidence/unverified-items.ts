import { type Brief, verifyBrief } from "@diplo-brief/core";
import { type Collection, itemCollections } from "../shared/items.js";

// Cards side by side share a brief: it is checked once.
const verdicts = new WeakMap<Brief, ReadonlyMap<string, string>>();

/** What `verifyBrief` finds wrong with each item, by id: the first problem of each, without its path (the card it is shown on says where). */
export function unverifiedItems(brief: Brief): ReadonlyMap<string, string> {
  const known = verdicts.get(brief);
  if (known) return known;
  const found = new Map<string, string>();
  for (const problem of verifyBrief(brief).problems) {
    const [collection, index] = problem.path;
    const item = itemCollections.includes(collection as Collection) && typeof index === "number" ? brief[collection as Collection][index] : undefined;
    if (item && !found.has(item.id)) found.set(item.id, problem.message.replace(/^[^:]*: /, ""));
  }
  verdicts.set(brief, found);
  return found;
}
