import type { Brief, Entity, Evidence } from "@diplo-brief/core";

type Collection = "issues" | "quotes" | "events";
type Counts = Record<"entities" | Collection, number>;

const overlaps = (a: readonly Evidence[], b: readonly Evidence[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const namesOf = (entity: Entity): string[] => [entity.name, ...entity.aliases].map((name) => name.toLowerCase());

/**
 * The model's grounded brief with what the rule-based draft found and the model did not. A rule
 * item is the same as a model item when their evidence overlaps (an entity: when they share a
 * name or alias), and is then left out, its references moving to the model's item; the others
 * join the brief, renamed where the model used their id. What comes from where is counted.
 */
export function mergeBriefs(model: Brief, rules: Brief): { brief: Brief; fromModel: Counts; fromRules: Counts } {
  const ids = new Set<string>([...model.entities, ...model.issues, ...model.quotes, ...model.events].map((item) => item.id));
  const mapped = new Map<string, string>();
  const fresh = (id: string): string => {
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
    ids.add(unique);
    if (unique !== id) mapped.set(id, unique);
    return unique;
  };

  const entities = model.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases], evidence: [...entity.evidence] }));
  const addedEntities: Entity[] = [];
  for (const entity of rules.entities) {
    const names = namesOf(entity);
    const same = entities.find((known) => namesOf(known).some((name) => names.includes(name)));
    if (!same) {
      addedEntities.push({ ...entity, id: fresh(entity.id) });
      continue;
    }
    // The rules read every mention: the model's entity gains those it did not give, and the names they use.
    mapped.set(entity.id, same.id);
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
    for (const span of entity.evidence) if (!overlaps([span], same.evidence)) same.evidence.push(span);
  }

  const take = <T extends { id: string; evidence: Evidence[] }>(ruleItems: readonly T[], modelItems: readonly T[]): T[] =>
    ruleItems.flatMap((item) => {
      const same = modelItems.find((known) => overlaps(known.evidence, item.evidence));
      if (same) {
        mapped.set(item.id, same.id);
        return [];
      }
      return [{ ...item, id: fresh(item.id) }];
    });
  const issues = take(rules.issues, model.issues);
  const events = take(rules.events, model.events);
  const quotes = take(rules.quotes, model.quotes);
  // A model seldom gives attribution spans; the rules read them (content, cue, source) wherever they found the same quote.
  const modelQuotes = model.quotes.map((quote) => {
    if (quote.attribution) return quote;
    const same = rules.quotes.find((rule) => rule.attribution && rule.mode === quote.mode && overlaps(rule.attribution.content, quote.evidence));
    return same?.attribution ? { ...quote, attribution: same.attribution } : quote;
  });

  const to = (id: string): string => mapped.get(id) ?? id;
  const brief: Brief = {
    ...model,
    entities: [...entities, ...addedEntities.map((entity) => ({ ...entity, roles: entity.roles.map((role) => (role.of ? { ...role, of: to(role.of) } : role)) }))],
    issues: [...model.issues, ...issues.map((issue) => ({ ...issue, parties: issue.parties.map((party) => ({ ...party, entity: to(party.entity) })) }))],
    quotes: [
      ...modelQuotes,
      ...quotes.map((quote) => ({
        ...quote,
        speaker: to(quote.speaker),
        issues: quote.issues.map(to),
        ...(quote.event ? { event: to(quote.event) } : {}),
        ...(quote.setting?.place ? { setting: { ...quote.setting, place: to(quote.setting.place) } } : {}),
      })),
    ],
    events: [
      ...model.events,
      ...events.map((event) => ({ ...event, participants: event.participants.map(to), issues: event.issues.map(to), ...(event.place ? { place: to(event.place) } : {}) })),
    ],
  };
  const count = (b: Pick<Brief, "entities" | Collection>): Counts => ({ entities: b.entities.length, issues: b.issues.length, quotes: b.quotes.length, events: b.events.length });
  return { brief, fromModel: count(model), fromRules: count({ entities: addedEntities, issues, quotes, events }) };
}
