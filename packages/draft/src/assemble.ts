import type { Brief, Entity, Event, Evidence, Issue, Quote } from "@diplo-brief/core";
import type { FoundAttribution } from "./attributions.js";
import { type DraftEntity, fold } from "./entities.js";
import type { FoundEvent } from "./events.js";
import { IdMaker } from "./ids.js";
import type { FoundIssue } from "./issues.js";
import type { Skipped } from "./report.js";
import type { Speaker } from "./speakers.js";
import { type ArticleDocument, type Token, tokenIndexAt } from "./text/document.js";
import type { Range } from "./text/quotations.js";

export interface Found {
  readonly entities: readonly DraftEntity[];
  readonly attributions: readonly FoundAttribution[];
  readonly speakers: ReadonlyMap<FoundAttribution, Speaker>;
  readonly events: readonly FoundEvent[];
  readonly issues: readonly FoundIssue[];
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** Turns what the rules found into the brief's items, with ids, spans and references. */
export function assemble(doc: ArticleDocument, found: Found, skipped: Skipped[]): Pick<Brief, "entities" | "issues" | "quotes" | "events"> {
  const { text } = doc;
  const ids = new IdMaker();
  const span = (range: Range): Evidence => ({ start: range.start, end: range.end, text: text.slice(range.start, range.end) });

  const entityIds = new Map<DraftEntity, string>();
  const entities: Entity[] = [];
  for (const draft of found.entities) {
    const name = nameOf(draft);
    if (!name) {
      skipped.push({ stage: "entities", text: draft.forms[0] ?? "", start: draft.mentions[0]?.start ?? 0, reason: "named only by an adjective, never by its name" });
      continue;
    }
    entityIds.set(draft, ids.make(name, draft.kind));
  }
  const byKey = new Map([...entityIds].map(([draft, id]) => [draft.key, id]));
  for (const [draft, id] of entityIds) {
    const name = nameOf(draft) as string;
    const mentions = [...draft.mentions].sort((a, b) => a.start - b.start);
    entities.push({
      id,
      kind: draft.kind,
      name,
      ...(draft.unnamed ? { unnamed: true } : {}),
      aliases: draft.forms.filter((form) => form !== name && fold(form) !== fold(name)),
      roles: draft.roles.map((role) => {
        const of = role.of === undefined ? undefined : byKey.get(role.of);
        return of ? { title: role.title, of } : { title: role.title };
      }),
      evidence: mentions.map(span),
    });
  }

  const issues: Issue[] = found.issues.map((issue) => ({
    id: ids.make(issue.title, "issue"),
    title: issue.title,
    summary: issue.summary,
    nature: issue.nature,
    category: issue.category,
    parties: issue.parties.flatMap((p) => (entityIds.has(p) ? [{ entity: entityIds.get(p) as string }] : [])),
    evidence: issue.evidence.map(span),
  }));
  const issuesAt = (ranges: readonly Range[]): string[] => issues.filter((issue) => issue.evidence.some((e) => ranges.some((r) => overlaps(e, r)))).map((i) => i.id);

  const events: Event[] = found.events.map((event) => {
    const participants = [...new Set(event.participants.flatMap((p) => (entityIds.has(p) ? [entityIds.get(p) as string] : [])))];
    const place = event.place && entityIds.get(event.place);
    return {
      id: ids.make(event.title, "event"),
      title: event.title,
      kind: event.kind,
      status: event.status,
      ...(event.when ? { when: { text: event.when.text, ...(event.when.date ? { date: event.when.date } : {}) } } : {}),
      ...(place ? { place } : {}),
      participants,
      issues: issuesAt(event.evidence),
      evidence: event.evidence.map(span),
    };
  });

  const quoteEvidence = new Map<FoundAttribution, Range[]>();
  const quotes: Quote[] = [];
  found.attributions.forEach((attribution, n) => {
    const speaker = found.speakers.get(attribution);
    const speakerId = speaker && entityIds.get(speaker.entity);
    if (!speaker || !speakerId) {
      skipped.push({ stage: "quotes", text: text.slice(attribution.words.start, attribution.words.end).slice(0, 80), start: attribution.words.start, reason: speaker ? "its speaker is named only by an adjective" : "no speaker could be resolved for it" });
      return;
    }
    const evidence = evidenceOf(doc, attribution, speaker, quoteEvidence);
    quoteEvidence.set(attribution, evidence);
    const tokens = doc.tokens;
    const rangeOf = (s: { first: number; last: number }): Range => ({ start: (tokens[s.first] as Token).start, end: (tokens[s.last - 1] as Token).end });
    const audience = attribution.audience && text.slice(rangeOf(attribution.audience).start, rangeOf(attribution.audience).end);
    const words = text.slice(attribution.words.start, attribution.words.end).replace(/[\s.,;:]+$/, "");
    quotes.push({
      id: ids.make(`${speakerId}-${n + 1}`, "quote"),
      speaker: speakerId,
      mode: attribution.direct ? "direct" : "indirect",
      text: words,
      cue: attribution.cueText,
      ...(audience && !/^(him|her|them|us|me)$/i.test(audience) ? { setting: { audience } } : {}),
      issues: issuesAt(evidence),
      attribution: {
        content: attribution.content.map(span),
        ...(attribution.cue ? { cue: span(rangeOf(attribution.cue)) } : {}),
        ...(attribution.source ? { source: [span(rangeOf(attribution.source))] } : {}),
      },
      evidence: evidence.map(span),
    });
  });
  return { entities, issues, quotes, events };
}

/** The best name an entity is written by: a person's fullest, a country's own name where written. */
function nameOf(entity: DraftEntity): string | undefined {
  if (entity.kind === "country" && entity.country) {
    const demonyms = new Set(entity.country.demonyms.map(fold));
    const names = entity.forms.filter((f) => !demonyms.has(fold(f)));
    return names.find((f) => fold(f) === fold(entity.country?.name ?? "")) ?? names.sort((a, b) => b.length - a.length)[0];
  }
  if (entity.unnamed) return entity.forms[0];
  return [...entity.forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
}

/**
 * The sentences a quote rests on, one span per paragraph: where its words, cue and source stand,
 * and the sentence naming the speaker when the source is a pronoun, or, for a quote that carries
 * on another, that one's evidence.
 */
function evidenceOf(doc: ArticleDocument, attribution: FoundAttribution, speaker: Speaker, earlier: ReadonlyMap<FoundAttribution, Range[]>): Range[] {
  const tokens = doc.tokens;
  const sentenceAt = (offset: number): number => (tokens[tokenIndexAt(doc, offset)] as Token).sentence;
  const involved = new Set<number>();
  for (const range of attribution.content) for (let s = sentenceAt(range.start); s <= sentenceAt(range.end - 1); s++) involved.add(s);
  for (const part of [attribution.cue, attribution.source]) if (part) involved.add((tokens[part.first] as Token).sentence);
  if (speaker.antecedent) involved.add(speaker.antecedent.sentence);
  const byParagraph = new Map<number, Range>();
  for (const index of [...involved].sort((a, b) => a - b)) {
    const sentence = doc.sentences[index];
    if (!sentence) continue;
    const current = byParagraph.get(sentence.paragraph);
    byParagraph.set(sentence.paragraph, current ? { start: Math.min(current.start, sentence.start), end: Math.max(current.end, sentence.end) } : { start: sentence.start, end: sentence.end });
  }
  const ranges = [...byParagraph.values()];
  if (attribution.continues && (!attribution.cue || !attribution.source)) ranges.push(...(earlier.get(attribution.continues) ?? []));
  return ranges;
}
