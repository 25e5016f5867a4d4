import { type Brief, type Problem, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import type { Skipped } from "./report.js";

type Collection = "entities" | "issues" | "quotes" | "events";
const collections: readonly Collection[] = ["entities", "issues", "quotes", "events"];

/**
 * Holds the draft to the same checks as any brief: whatever `safeParseBrief` or `verifyBrief`
 * refuses is dropped, with the reason, and so is whatever depended on it (a quote whose speaker
 * went), until both pass. The rules above aim to make nothing here; this is the guarantee.
 */
export function settle(draft: Brief, skipped: Skipped[]): Brief {
  let brief = draft;
  for (let round = 0; round < 50; round++) {
    const parsed = safeParseBrief(brief);
    const problems: readonly Problem[] = parsed.success ? verifyBrief(parsed.data).problems : parsed.problems;
    if (problems.length === 0) return parsed.success ? parsed.data : brief;
    const drop = new Map<Collection, Set<number>>(collections.map((c) => [c, new Set<number>()]));
    for (const problem of problems) {
      const [collection, index] = problem.path;
      if (!collections.includes(collection as Collection) || typeof index !== "number") {
        throw new Error(`@diplo-brief/draft made a brief it cannot repair: ${problem.message}`);
      }
      const item = brief[collection as Collection][index];
      if (item && !drop.get(collection as Collection)?.has(index)) {
        skipped.push({ stage: collection as string, text: "title" in item ? item.title : "name" in item ? item.name : item.text, start: item.evidence[0]?.start ?? 0, reason: `failed a check: ${problem.message}` });
      }
      drop.get(collection as Collection)?.add(index);
    }
    brief = withoutItems(brief, drop, skipped);
  }
  throw new Error("@diplo-brief/draft could not settle its draft");
}

function withoutItems(brief: Brief, drop: ReadonlyMap<Collection, ReadonlySet<number>>, skipped: Skipped[]): Brief {
  const keep = <T>(collection: Collection, items: readonly T[]): T[] => items.filter((_, i) => !drop.get(collection)?.has(i));
  const entities = keep("entities", brief.entities);
  const entityIds = new Set(entities.map((e) => e.id));
  const issues = keep("issues", brief.issues).map((issue) => ({ ...issue, parties: issue.parties.filter((p) => entityIds.has(p.entity)) }));
  const issueIds = new Set(issues.map((i) => i.id));
  const events = keep("events", brief.events).map((event) => {
    const { place, ...rest } = event;
    return {
      ...rest,
      ...(place && entityIds.has(place) ? { place } : {}),
      participants: event.participants.filter((id) => entityIds.has(id)),
      issues: event.issues.filter((id) => issueIds.has(id)),
    };
  });
  const eventIds = new Set(events.map((e) => e.id));
  const quotes = keep("quotes", brief.quotes).flatMap((quote) => {
    if (!entityIds.has(quote.speaker)) {
      skipped.push({ stage: "quotes", text: quote.text, start: quote.evidence[0]?.start ?? 0, reason: "its speaker was dropped" });
      return [];
    }
    const { event, setting, ...rest } = quote;
    const { place, ...settingRest } = setting ?? {};
    const keptSetting = { ...settingRest, ...(place && entityIds.has(place) ? { place } : {}) };
    return [{
      ...rest,
      ...(event && eventIds.has(event) ? { event } : {}),
      ...(setting && Object.keys(keptSetting).length > 0 ? { setting: keptSetting } : {}),
      issues: quote.issues.filter((id) => issueIds.has(id)),
    }];
  });
  const cleanEntities = entities.map((entity) => ({ ...entity, roles: entity.roles.map((role) => (role.of && !entityIds.has(role.of) ? { title: role.title } : role)) }));
  return { ...brief, entities: cleanEntities, issues, quotes, events };
}
