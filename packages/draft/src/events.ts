import type { EventKind, EventStatus } from "@diplo-brief/core";
import type { DraftEntity, EntityTable, Mention } from "./entities.js";
import { type ArticleDocument, type Sentence, type Token, tokenIndexAt } from "./text/document.js";
import { cancelledMarkers, eventTriggers, futureMarkers, ongoingMarkers, possibleMarkers, postponedMarkers } from "./text/lexicon.js";
import type { Range } from "./text/quotations.js";
import { findTimes, type TimeExpression } from "./times.js";

export interface FoundEvent {
  readonly kind: EventKind;
  readonly status: EventStatus;
  readonly title: string;
  readonly sentence: Sentence;
  readonly when: TimeExpression | undefined;
  readonly participants: DraftEntity[];
  readonly place: DraftEntity | undefined;
  /** The sentences that name it: one, or more when it is named again. */
  readonly evidence: Range[];
}

const irregularPast = new Set("met began took held made went came flew told said gave saw spoke left arrived".split(" "));

/**
 * Events by the words that name them (meet, talks, visit, summit, press conference, incident,
 * took office), one per kind and sentence, with the entities of the sentence as participants, a
 * place named after "in" or "at", the sentence's time expression, and a status read from tense
 * and modality: "will", "expected to" → expected; "may", "likely" → possible; "postponed";
 * "cancelled"; "is visiting" → ongoing; a past tense → occurred.
 */
export function findEvents(doc: ArticleDocument, table: EntityTable): FoundEvent[] {
  const found: FoundEvent[] = [];
  const kindsFound = new Set<EventKind>();
  const timesBySentence = new Map<number, TimeExpression[]>();
  const triggerWords = new RegExp(`\\b(?:${[...eventTriggers.keys(), "office"].join("|")})\\b`, "i");
  for (const time of findTimes(doc.text, (paragraph) => triggerWords.test(paragraph))) {
    const sentence = doc.tokens[tokenIndexAt(doc, time.start)]?.sentence;
    if (sentence !== undefined) timesBySentence.set(sentence, [...(timesBySentence.get(sentence) ?? []), time]);
  }
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.first, sentence.last);
    const kinds = new Set<EventKind>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      let kind = eventTriggers.get(token.lower) as EventKind | undefined;
      if (token.lower === "conference" && !/^(press|news)$/.test(tokens[i - 1]?.lower ?? "")) kind = undefined;
      if (token.lower === "office" && tokens[i - 1]?.lower === "took") kind = "leadership-change";
      if (!kind || kinds.has(kind) || (token.pos === "PROPN" && kind !== "summit")) continue;
      // "the meeting", "his trip": an event already named, not a new one.
      const determiner = tokens[i - 1]?.lower ?? "";
      if (/^(the|this|that|his|her|their|its|our)$/.test(determiner) && kindsFound.has(kind)) continue;
      // "the first diplomat to visit China in five years" describes, it does not report a visit.
      if (determiner === "to" && tokens[i - 2]?.pos === "NOUN") continue;
      kinds.add(kind);
      kindsFound.add(kind);
      const index = (doc.tokens[sentence.first] as Token).sentence;
      const times = (timesBySentence.get(index) ?? []).filter((t) => t.end <= sentence.end);
      const mentions = table.inSentence(index);
      const inSentence = [...new Set(mentions.map((m) => m.entity))];
      // The time expression nearest the word naming the event.
      const when = times.filter((t) => !/^\d+$/.test(t.text)).sort((a, b) => Math.abs(a.start - token.start) - Math.abs(b.start - token.start))[0];
      const place = placeOf(doc, mentions);
      found.push({
        kind,
        status: statusOf(tokens, i),
        title: titleOf(doc, sentence, sentence.first + i),
        sentence,
        when,
        participants: inSentence.filter((e) => e !== place && e.kind !== "place"),
        place,
        evidence: [{ start: sentence.start, end: sentence.end }],
      });
    }
  }
  return mergeRepeats(found);
}

/**
 * One event named twice, as a headline and in the body ("Rubio's Meeting with Aoun", "Rubio met
 * with Aoun"), is one event: same kind, same people taking part. The first keeps its title.
 */
function mergeRepeats(events: FoundEvent[]): FoundEvent[] {
  const kept: FoundEvent[] = [];
  const byKey = new Map<string, FoundEvent>();
  for (const event of events) {
    const people = event.participants.filter((p) => p.kind === "person").map((p) => p.key).sort();
    const key = people.length > 0 ? `${event.kind} ${people.join(" ")}` : undefined;
    const earlier = key === undefined ? undefined : byKey.get(key);
    if (earlier && (!earlier.when || !event.when || earlier.when.text === event.when.text)) {
      earlier.evidence.push(...event.evidence);
      continue;
    }
    if (key !== undefined) byKey.set(key, event);
    kept.push(event);
  }
  return kept;
}

function statusOf(tokens: readonly Token[], at: number): EventStatus {
  const near = tokens.slice(Math.max(0, at - 4), Math.min(tokens.length, at + 4)).map((t) => t.lower);
  const before = tokens.slice(Math.max(0, at - 8), at).map((t) => t.lower);
  // "Blinken's visit will …": a modal right after a noun trigger.
  const after = tokens[at + 1]?.lower ?? "";
  const has = (words: readonly string[], set: ReadonlySet<string>) => words.some((w) => set.has(w));
  if (has(near, cancelledMarkers) && !(near.includes("called") && !near.includes("off"))) return "cancelled";
  if (has(near, postponedMarkers)) return "postponed";
  const trigger = tokens[at] as Token;
  const verb = [trigger, tokens[at - 1], tokens[at - 2]].find((t) => t && (t.pos === "VERB" || t.pos === "AUX"));
  const past = (word: string) => /ed$/.test(word) || irregularPast.has(word);
  if (verb && past(verb.lower) && !has(before, possibleMarkers) && !has(before, futureMarkers)) return "occurred";
  if (has(before, possibleMarkers) || /^(may|might|could)$/.test(after)) return "possible";
  if (has(before, futureMarkers) || before.at(-1) === "to" || /^(will|shall)$/.test(after)) return "expected";
  if (/ing$/.test(trigger.lower) && has(before, ongoingMarkers)) return "ongoing";
  return "occurred";
}

function placeOf(doc: ArticleDocument, mentions: readonly { entity: DraftEntity; mention: Mention }[]): DraftEntity | undefined {
  for (const { entity, mention } of mentions) {
    if (entity.kind !== "place" && entity.kind !== "country") continue;
    const before = doc.tokens[mention.first - 1]?.lower;
    if (before === "in" || before === "at" || (entity.kind === "place" && before === "to")) return entity;
  }
  return undefined;
}

/** The clause around the trigger, in the article's words: what a reader needs to recognise the event. */
function titleOf(doc: ArticleDocument, sentence: Sentence, trigger: number): string {
  const tokens = doc.tokens;
  let first = trigger;
  while (first > sentence.first && trigger - first < 8 && !/^[,;:“”"(]$/.test((tokens[first - 1] as Token).text)) first--;
  let last = trigger + 1;
  while (last < sentence.last && last - trigger < 10 && !/^[,;:.“”"()]$/.test((tokens[last] as Token).text)) last++;
  while (last > trigger + 1 && /^(for|of|the|and|in|to|a|an|on|at|by|with|from)$/.test((tokens[last - 1] as Token).lower)) last--;
  while (first < trigger && /^[-–—]$/.test((tokens[first] as Token).text)) first++;
  const title = doc.text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end).replace(/\s+/g, " ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}
