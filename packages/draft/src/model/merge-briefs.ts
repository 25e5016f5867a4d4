import type { Brief, Entity, Evidence, Quote } from "@diplo-brief/core";
import { attributionOf } from "./quote-attribution.js";

type Collection = "entities" | "issues" | "quotes" | "events";
type Counts = Record<Collection, number>;

const overlap = (a: readonly Evidence[], b: readonly Evidence[]): number =>
  a.reduce((sum, x) => sum + b.reduce((inner, y) => inner + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0), 0);

const wordsOf = (name: string): string[] => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Whether `entity` (of the rules) is another name for `known` (of the model): of the same kind,
 * with a name whose every word is in one of `known`'s names ("Rubio" in "Marco Rubio", "Kim Jong"
 * in "Kim Jong-un", "National Security Council" in "United States National Security Council").
 */
const namedIn = (entity: Entity, known: Entity): boolean =>
  entity.kind === known.kind &&
  [entity.name, ...entity.aliases].some((name) => {
    const words = wordsOf(name);
    return words.length > 0 && [known.name, ...known.aliases].some((other) => words.every((word) => wordsOf(other).includes(word)));
  });

/**
 * Where a quote's words stand: a direct quote's words inside its evidence, else the content of its
 * attribution, else its evidence. Two quotes are the same where these overlap: evidence alone is
 * whole sentences, and a quote's evidence may also hold the sentence that names its speaker.
 */
function coreOf(quote: Quote, text: string): readonly Evidence[] {
  if (quote.attribution) return quote.attribution.content;
  if (quote.mode === "direct") {
    for (const span of quote.evidence) {
      const at = text.slice(span.start, span.end).indexOf(quote.text);
      if (at !== -1) return [{ start: span.start + at, end: span.start + at + quote.text.length, text: quote.text }];
    }
  }
  return quote.evidence;
}

/**
 * The model's grounded brief with what the rule-based draft adds to it. The model names the
 * players, the events and the issues better than the rules; the rules read attributions better:
 * content, cue and source spans, and the quotes a model leaves out.
 *
 * - A rule quote whose words stand where a model quote's do is the same quote: the model's is
 *   kept, and takes the rule's attribution spans when it has none and both name the same speaker;
 *   a direct quote no rule read has its spans read around its words.
 *   Each rule quote is matched once, to the model quote it overlaps most.
 * - The other rule quotes join the brief, with the entities they need: a rule entity that is
 *   another name of a model entity becomes it (its mentions added as evidence), else it joins.
 * - The rules' events and issues join only where the model gave none (an answer that failed).
 *
 * Ids the model used are kept; a rule item's id is made unique, and references follow.
 */
export function mergeBriefs(model: Brief, rules: Brief): { brief: Brief; fromModel: Counts; fromRules: Counts } {
  const text = model.article.text;
  const ids = new Set<string>([...model.entities, ...model.issues, ...model.quotes, ...model.events].map((item) => item.id));
  const mapped = new Map<string, string>();
  const fresh = (id: string): string => {
    let unique = id;
    for (let n = 2; ids.has(unique); n++) unique = `${id}-${n}`;
    ids.add(unique);
    if (unique !== id) mapped.set(id, unique);
    return unique;
  };
  const to = (id: string): string => mapped.get(id) ?? id;

  // Rule entities that are another name of exactly one model entity become it.
  const entities = model.entities.map((entity) => ({ ...entity, aliases: [...entity.aliases], evidence: [...entity.evidence] }));
  const sameEntity = new Map<string, Entity>();
  for (const entity of rules.entities) {
    const candidates = entities.filter((known) => namedIn(entity, known));
    if (candidates.length === 1) sameEntity.set(entity.id, candidates[0] as Entity);
  }
  for (const [id, same] of sameEntity) mapped.set(id, same.id);

  // Each rule quote matched to the model quote its words overlap most, each model quote once.
  const modelCores = model.quotes.map((quote) => coreOf(quote, text));
  const matchedTo = new Map<Quote, number>();
  const taken = new Set<number>();
  const pairs = rules.quotes
    .flatMap((rule) => modelCores.map((core, index) => ({ rule, index, size: overlap(coreOf(rule, text), core) })))
    .filter((pair) => pair.size > 0)
    .sort((a, b) => b.size - a.size);
  for (const { rule, index } of pairs) {
    if (matchedTo.has(rule) || taken.has(index)) continue;
    matchedTo.set(rule, index);
    taken.add(index);
  }
  const modelQuotes = model.quotes.map((quote, index) => {
    if (quote.attribution) return quote;
    const rule = [...matchedTo].find(([, at]) => at === index)?.[0];
    if (rule?.attribution && to(rule.speaker) === quote.speaker) return { ...quote, attribution: rule.attribution };
    // No rule read it: its spans are read around its words.
    const attribution = attributionOf(quote, entities.find((entity) => entity.id === quote.speaker), text);
    return attribution ? { ...quote, attribution } : quote;
  });
  const addedQuotes = rules.quotes.filter((quote) => !matchedTo.has(quote));

  // What the rules add needs its entities; with no entities from the model, the rules' all join.
  const needed = new Set(addedQuotes.flatMap((quote) => [quote.speaker, ...(quote.setting?.place ? [quote.setting.place] : [])]));
  const fallback = (collection: Collection): boolean => model[collection].length === 0;
  const addedEvents = fallback("events") ? rules.events : [];
  const addedIssues = fallback("issues") ? rules.issues : [];
  for (const event of addedEvents) for (const id of [...event.participants, ...(event.place ? [event.place] : [])]) needed.add(id);
  for (const issue of addedIssues) for (const party of issue.parties) needed.add(party.entity);
  const addedEntities = rules.entities.filter((entity) => !sameEntity.has(entity.id) && (fallback("entities") || needed.has(entity.id)));
  for (const entity of rules.entities) {
    const same = sameEntity.get(entity.id);
    if (!same) continue;
    // The rules read every mention: the model's entity gains those it did not give, and the names they use.
    for (const alias of [entity.name, ...entity.aliases]) if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
    for (const span of entity.evidence) if (overlap([span], same.evidence) === 0) same.evidence.push(span);
  }
  const renamed = <T extends { id: string }>(items: readonly T[]): T[] => items.map((item) => ({ ...item, id: fresh(item.id) }));
  const [newEntities, newIssues, newEvents, newQuotes] = [renamed(addedEntities), renamed(addedIssues), renamed(addedEvents), renamed(addedQuotes)];

  const brief: Brief = {
    ...model,
    entities: [...entities, ...newEntities.map((entity) => ({ ...entity, roles: entity.roles.map((role) => (role.of ? { ...role, of: to(role.of) } : role)) }))],
    issues: [...model.issues, ...newIssues.map((issue) => ({ ...issue, parties: issue.parties.map((party) => ({ ...party, entity: to(party.entity) })) }))],
    quotes: [
      ...modelQuotes,
      ...newQuotes.map((quote) => {
        const { event, setting, ...rest } = quote;
        // A rule quote's event or issues are the rules' own, which joined only as a fallback: references to the rest go.
        const issueIds = new Set(newIssues.map((issue) => issue.id));
        const eventIds = new Set(newEvents.map((e) => e.id));
        return {
          ...rest,
          speaker: to(quote.speaker),
          issues: quote.issues.map(to).filter((id) => issueIds.has(id)),
          ...(event && eventIds.has(to(event)) ? { event: to(event) } : {}),
          ...(setting ? { setting: setting.place ? { ...setting, place: to(setting.place) } : setting } : {}),
        };
      }),
    ],
    events: [
      ...model.events,
      ...newEvents.map((event) => ({ ...event, participants: event.participants.map(to), issues: event.issues.map(to), ...(event.place ? { place: to(event.place) } : {}) })),
    ],
  };
  const count = (b: Pick<Brief, Collection>): Counts => ({ entities: b.entities.length, issues: b.issues.length, quotes: b.quotes.length, events: b.events.length });
  return { brief, fromModel: count(model), fromRules: count({ entities: newEntities, issues: newIssues, quotes: newQuotes, events: newEvents }) };
}
