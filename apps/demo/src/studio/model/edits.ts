import {
  type Attribution,
  type Brief,
  type Entity,
  type EntityKind,
  type Event,
  type EventKind,
  type EventStatus,
  type Evidence,
  type Issue,
  type IssueCategory,
  type IssueNature,
  type Quote,
  type QuoteMode,
  SCHEMA_VERSION,
  safeParseBrief,
} from "@diplo-brief/core";
import { newId } from "./ids.js";
import { type Collection, findItem, type Item, labelOf } from "./items.js";
import { itemProblem } from "./problems.js";
import { retargetBrief, uniqueRoles } from "./references.js";
import { quotationAround, reportingVerbIn, sentencesAround } from "./sentences.js";
import { type Selection, spanOf } from "./spans.js";
import { uniqueBy } from "./unique.js";

export interface Edit {
  readonly brief: Brief;
  /** the item made or changed */
  readonly id?: string;
  /** what else changed, one sentence each, for the person */
  readonly effects: readonly string[];
}

/** Thrown when an edit cannot be made; its message is for the person ("Select some words of the article first."). */
export class EditError extends Error {
  override readonly name = "EditError";
}

/** name = the selected words, id = unique slug, evidence = the span */
export function createEntity(brief: Brief, selection: Selection, options: { kind?: EntityKind } = {}): Edit {
  const span = selected(brief, selection);
  const name = plain(span.text);
  const entity: Entity = { id: newId(brief, name, "entity"), kind: options.kind ?? "person", name, aliases: [], roles: [], evidence: [span] };
  return made(brief, "entities", entity);
}

/**
 * mode "direct" when the words stand in quotation marks (text without the marks), else
 * "indirect"; evidence = the selection's sentence(s), where the speaker and the cue are
 * written; cue = the first attributing verb of the sentence outside the quotation, else "said".
 */
export function createQuote(brief: Brief, selection: Selection, options: { speaker: string; mode?: QuoteMode; cue?: string }): Edit {
  const text = brief.article.text;
  const words = withoutMarks(text, selected(brief, selection));
  if (findItem(brief, options.speaker)?.collection !== "entities") {
    throw new EditError(`Choose who says it: there is no entity with id '${options.speaker}'.`);
  }
  const quoted = quotationAround(text, words) !== undefined;
  const mode = options.mode ?? (quoted ? "direct" : "indirect");
  if (mode === "direct" && !quoted) {
    throw new EditError("A direct quote is words the article puts in quotation marks: select words inside them, or make the quote indirect.");
  }
  // The sentences hold the words, so there is something visible to take.
  const evidence = spanOf(text, sentencesAround(text, words)) as Evidence;
  const quote: Quote = {
    id: newId(brief, `${options.speaker} ${words.text}`, "quote"),
    speaker: options.speaker,
    mode,
    text: plain(words.text),
    cue: options.cue ?? reportingVerbIn(text, evidence) ?? "said",
    issues: [],
    evidence: [evidence],
  };
  return made(brief, "quotes", quote);
}

/** title = the selected words */
export function createEvent(brief: Brief, selection: Selection, options: { kind?: EventKind; status?: EventStatus } = {}): Edit {
  const span = selected(brief, selection);
  const title = plain(span.text);
  const event: Event = {
    id: newId(brief, title, "event"),
    title,
    kind: options.kind ?? "other",
    status: options.status ?? "occurred",
    participants: [],
    issues: [],
    evidence: [span],
  };
  return made(brief, "events", event);
}

/** title and summary = the selected words, for the person to rewrite */
export function createIssue(brief: Brief, selection: Selection, options: { nature?: IssueNature; category?: IssueCategory } = {}): Edit {
  const span = selected(brief, selection);
  const title = plain(span.text);
  const issue: Issue = {
    id: newId(brief, title, "issue"),
    title,
    summary: title,
    nature: options.nature ?? "concern",
    category: options.category ?? "other",
    parties: [],
    evidence: [span],
  };
  return made(brief, "issues", issue);
}

export function addEvidence(brief: Brief, id: string, selection: Selection): Edit {
  const span = selected(brief, selection);
  const { collection, index, item } = existing(brief, id);
  if (item.evidence.some((evidence) => evidence.start === span.start && evidence.end === span.end)) {
    throw new EditError(`These words are already evidence for ${labelOf(brief, id)}.`);
  }
  return edit(brief, replaced(brief, collection, index, { ...item, evidence: [...item.evidence, span] }), id, []);
}

/** EditError on the last span: nothing in a brief stands without evidence. */
export function removeEvidence(brief: Brief, id: string, index: number): Edit {
  const { collection, index: at, item } = existing(brief, id);
  if (!Number.isInteger(index) || index < 0 || index >= item.evidence.length) {
    throw new EditError(`${labelOf(brief, id)} has no evidence span ${index}.`);
  }
  if (item.evidence.length === 1) {
    throw new EditError(`${labelOf(brief, id)} needs at least one span of evidence: add another before removing this one, or delete the item.`);
  }
  return edit(brief, replaced(brief, collection, at, { ...item, evidence: item.evidence.filter((_, i) => i !== index) }), id, []);
}

/**
 * The quote's attribution span for `role`, replacing what it had; the content first, as an
 * attribution needs it. A cue span also becomes the quote's cue, so the two never disagree.
 */
export function setAttribution(brief: Brief, quoteId: string, role: "content" | "cue" | "source", selection: Selection): Edit {
  const span = selected(brief, selection);
  const { index, item } = itemIn(brief, quoteId, "quotes", "a quote");
  const content = role === "content" ? [span] : item.attribution?.content;
  if (!content) throw new EditError("Mark the attributed words (the content) first.");
  const attribution: Attribution = {
    ...item.attribution,
    content,
    ...(role === "cue" ? { cue: span } : {}),
    ...(role === "source" ? { source: [span] } : {}),
  };
  const cue = role === "cue" ? plain(span.text) : item.cue;
  const effects = cue === item.cue ? [] : [`${labelOf(brief, quoteId)} now has the cue “${cue}”.`];
  // Attribution is new in format 1.1.
  const next = { ...replaced(brief, "quotes", index, { ...item, attribution, cue }), schemaVersion: SCHEMA_VERSION };
  return edit(brief, next, quoteId, effects);
}

/** Any fields but id and evidence; EditError (with the field and what is wrong) when the result would not be a valid item or a reference would not resolve. */
export function updateItem(brief: Brief, id: string, patch: Readonly<Record<string, unknown>>): Edit {
  const { collection, index, item } = existing(brief, id);
  if ("id" in patch) throw new EditError("An item's id cannot be changed: references to it would dangle.");
  if ("evidence" in patch) throw new EditError("Evidence is chosen by selecting words of the article: add or remove spans instead.");
  const fields = new Map(Object.entries(item));
  // An undefined value removes an optional field.
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) fields.delete(field);
    else fields.set(field, value);
  }
  // fromEntries defines every field as its own, "__proto__" too, so a stray field is refused, never lost.
  let next = replaced(brief, collection, index, Object.fromEntries(fields) as Item);
  // Attribution is new in format 1.1.
  if (patch.attribution !== undefined) next = { ...next, schemaVersion: SCHEMA_VERSION };
  return edit(brief, next, id, []);
}

/** aliases, roles, evidence united; every reference to mergeId now names keepId */
export function mergeEntities(brief: Brief, keepId: string, mergeId: string): Edit {
  if (keepId === mergeId) throw new EditError("Choose two different entities to merge.");
  itemIn(brief, keepId, "entities", "an entity");
  itemIn(brief, mergeId, "entities", "an entity");
  const { brief: retargeted, changes } = retargetBrief(brief, (id) => (id === mergeId ? keepId : id));
  const keep = retargeted.entities.find((entity) => entity.id === keepId) as Entity;
  const merge = retargeted.entities.find((entity) => entity.id === mergeId) as Entity;
  const sameAs = [...new Set([...(keep.sameAs ?? []), ...(merge.sameAs ?? [])])];
  const description = keep.description ?? merge.description;
  const united: Entity = {
    ...keep,
    aliases: [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((alias) => alias !== keep.name),
    roles: uniqueRoles([...keep.roles, ...merge.roles]),
    evidence: uniqueBy([...keep.evidence, ...merge.evidence], (span) => `${span.start}:${span.end}`),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(description === undefined ? {} : { description }),
  };
  const entities = retargeted.entities.flatMap((entity) => (entity.id === keepId ? [united] : entity.id === mergeId ? [] : [entity]));
  const [keepLabel, mergeLabel] = [labelOf(brief, keepId), labelOf(brief, mergeId)];
  const effects = [
    `${mergeLabel} is merged into ${keepLabel}: its name, aliases, roles and evidence are theirs now.`,
    ...changes
      .filter((change) => change.id !== mergeId)
      .map((change) => `${labelOf(brief, change.id)} now refers to ${keepLabel} instead of ${mergeLabel} (${change.field}).`),
  ];
  return edit(brief, { ...retargeted, entities }, keepId, [...new Set(effects)]);
}

/** effects say what else goes (a quote whose speaker goes) or changes (an event that no longer names a participant) */
export function deleteItem(brief: Brief, id: string): Edit {
  const { collection } = existing(brief, id);
  const gone = new Set([id]);
  let next = withItems(brief, collection, (brief[collection] as readonly Item[]).filter((item) => item.id !== id));
  const effects: string[] = [];
  // What went may be needed by more: until nothing more goes.
  for (;;) {
    const { brief: after, changes, removed } = retargetBrief(next, (ref) => (gone.has(ref) ? undefined : ref));
    next = after;
    for (const change of removed) {
      gone.add(change.id);
      effects.push(`${labelOf(brief, change.id)} is deleted too: it needs ${labelOf(brief, change.from)} (${change.field}).`);
    }
    effects.push(...changes.map((change) => `${labelOf(brief, change.id)} no longer refers to ${labelOf(brief, change.from)} (${change.field}).`));
    if (removed.length === 0) return edit(brief, next, undefined, [...new Set(effects)]);
  }
}

/** The same effects as deleteItem's, before deleting, for the warning. */
export function consequencesOfDelete(brief: Brief, id: string): readonly string[] {
  return deleteItem(brief, id).effects;
}

/** The edit from `before` to `brief`, once `brief` passes safeParseBrief: no edit leaves a brief that is not valid. */
function edit(before: Brief, brief: Brief, id: string | undefined, effects: readonly string[]): Edit {
  const parsed = safeParseBrief(brief);
  if (!parsed.success) throw new EditError(parsed.problems.map((problem) => itemProblem(brief, problem, before).message).join("\n"));
  return id === undefined ? { brief, effects } : { brief, id, effects };
}

function made(brief: Brief, collection: Collection, item: Item): Edit {
  return edit(brief, withItems(brief, collection, [...brief[collection], item]), item.id, []);
}

const withItems = (brief: Brief, collection: Collection, items: readonly Item[]): Brief => ({ ...brief, [collection]: items }) as Brief;

const replaced = (brief: Brief, collection: Collection, index: number, item: Item): Brief =>
  withItems(
    brief,
    collection,
    (brief[collection] as readonly Item[]).map((old, i) => (i === index ? item : old)),
  );

function selected(brief: Brief, selection: Selection): Evidence {
  const span = spanOf(brief.article.text, selection);
  if (!span) throw new EditError("Select some words of the article first.");
  return span;
}

function existing(brief: Brief, id: string): { collection: Collection; index: number; item: Item } {
  const found = findItem(brief, id);
  if (!found) throw new EditError(`There is no item with id '${id}'.`);
  return found;
}

function itemIn<C extends Collection>(brief: Brief, id: string, collection: C, what: string): { index: number; item: Brief[C][number] } {
  const found = existing(brief, id);
  if (found.collection !== collection) throw new EditError(`${labelOf(brief, id)} is not ${what}.`);
  return { index: found.index, item: found.item as Brief[C][number] };
}

/** Words of the article as a name or a title: its line breaks and runs of spaces are layout. */
const plain = (words: string): string => words.replace(/\s+/g, " ");

const marks = /[\s“”"«»]/;

/**
 * The selected words without the quotation marks around them, a comma or colon that ends them
 * (“… responsibly,” one official said) or a full stop after the closing mark: a direct quote's
 * text is the words alone, and people select a quotation with its marks.
 */
function withoutMarks(text: string, span: Evidence): Evidence {
  let { start, end } = span;
  while (start < end && marks.test(text.charAt(start))) start++;
  while (end > start && (marks.test(text.charAt(end - 1)) || /[,;:]/.test(text.charAt(end - 1)) || (text.charAt(end - 1) === "." && /[”"»]/.test(text.charAt(end - 2))))) end--;
  const words = spanOf(text, { start, end });
  if (!words) throw new EditError("Select the words that are said, not only the quotation marks.");
  return words;
}
