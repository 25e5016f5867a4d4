import type { Brief } from "@diplo-brief/core";

/** The lists of a brief that hold items with ids and evidence. */
export const itemCollections = ["entities", "issues", "quotes", "events"] as const;
export type Collection = (typeof itemCollections)[number];
export type ItemOf<C extends Collection> = Brief[C][number];

interface Entry {
  readonly collection: Collection;
  readonly item: ItemOf<Collection>;
}

// Every card looks its item and the names it shows up by id; one map per brief object keeps a
// whole brief's cards linear rather than quadratic in its size. Ids are unique across a brief.
const indexes = new WeakMap<Brief, Map<string, Entry>>();

function index(brief: Brief): Map<string, Entry> {
  let entries = indexes.get(brief);
  if (!entries) {
    entries = new Map();
    for (const collection of itemCollections) {
      for (const item of brief[collection]) entries.set(item.id, { collection, item });
    }
    indexes.set(brief, entries);
  }
  return entries;
}

/** The item of `collection` with this id, if the brief has one. */
export function itemOf<C extends Collection>(brief: Brief, collection: C, id: string): ItemOf<C> | undefined {
  const entry = index(brief).get(id);
  return entry?.collection === collection ? (entry.item as ItemOf<C>) : undefined;
}

/** The display name of an entity id in `brief` (the id itself if it is not an entity). */
export function nameOf(brief: Brief, id: string): string {
  return itemOf(brief, "entities", id)?.name ?? id;
}
