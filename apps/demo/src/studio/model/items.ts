import type { Brief } from "@diplo-brief/core";

/** The four collections of a brief whose items have ids and evidence, in the brief's order. */
export const collections = ["entities", "issues", "quotes", "events"] as const;
export type Collection = (typeof collections)[number];
export type Item = Brief[Collection][number];

export const isCollection = (value: unknown): value is Collection => (collections as readonly unknown[]).includes(value);

export function findItem(brief: Brief, id: string): { collection: Collection; index: number; item: Item } | undefined {
  for (const collection of collections) {
    const index = brief[collection].findIndex((item) => item.id === id);
    if (index !== -1) return { collection, index, item: brief[collection][index] as Item };
  }
  return undefined;
}

/** Every item's id, ids being unique across the brief. */
export function itemIds(brief: Brief): string[] {
  return collections.flatMap((collection) => brief[collection].map((item) => item.id));
}

// Enough of a quote to recognise it beside its speaker's name, short enough for a list of effects.
const QUOTE_WORDS = 2;

/** How a person names an item: `Entity “Hua Chunying”`, `Quote by Hua Chunying: “Hope this…”`, `Event “Blinken visits Beijing”`, `Issue “Taiwan”`. */
export function labelOf(brief: Brief, id: string): string {
  const found = findItem(brief, id);
  if (!found) return `“${id}”`;
  const { collection, item } = found;
  if ("name" in item) return `Entity “${item.name}”`;
  if ("speaker" in item) {
    const words = item.text.trim().split(/\s+/);
    const opening = words.length > QUOTE_WORDS ? `${words.slice(0, QUOTE_WORDS).join(" ")}…` : words.join(" ");
    const speaker = brief.entities.find((entity) => entity.id === item.speaker);
    return speaker ? `Quote by ${speaker.name}: “${opening}”` : `Quote: “${opening}”`;
  }
  return `${collection === "issues" ? "Issue" : "Event"} “${item.title}”`;
}
