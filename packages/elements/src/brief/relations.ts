import type { Brief } from "@diplo-brief/core";

export interface Related {
  readonly issues: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
}

// Every render of a filtered brief asks again, and the lists drawn from the answer compare it by
// identity; one entry per brief, so briefs side by side keep theirs.
const answers = new WeakMap<Brief, { entityId: string; related: Related }>();

/**
 * What relates to an entity: the quotes it speaks, the events it takes part in or that happen
 * at it, and the issues where it is a party or that those quotes and events are about.
 */
export function relatedTo(brief: Brief, entityId: string): Related {
  const known = answers.get(brief);
  if (known?.entityId === entityId) return known.related;
  const quotes = brief.quotes.filter((q) => q.speaker === entityId);
  const events = brief.events.filter((e) => e.participants.includes(entityId) || e.place === entityId);
  const issues = new Set(brief.issues.filter((i) => i.parties.some((p) => p.entity === entityId)).map((i) => i.id));
  for (const item of [...quotes, ...events]) for (const id of item.issues) issues.add(id);
  const related = { quotes: new Set(quotes.map((q) => q.id)), events: new Set(events.map((e) => e.id)), issues };
  answers.set(brief, { entityId, related });
  return related;
}
