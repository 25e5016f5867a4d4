import type { Brief } from "@diplo-brief/core";

// Cards look names up for every reference they draw; one map per brief object keeps that linear.
const cache = new WeakMap<Brief, Map<string, string>>();

/** The display name of an entity id in `brief` (the id itself if it is not an entity). */
export function nameOf(brief: Brief, id: string): string {
  let names = cache.get(brief);
  if (!names) {
    names = new Map(brief.entities.map((entity) => [entity.id, entity.name]));
    cache.set(brief, names);
  }
  return names.get(id) ?? id;
}
