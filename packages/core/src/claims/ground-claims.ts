import { type ItemCollection, itemCollections } from "../brief-items.js";
import { ArticleIndex } from "../grounding/article-index.js";
import { locateIn, type MatchKind } from "../grounding/locate.js";
import { detailOf, type PathSegment, quoted as quote } from "../problem.js";
import { isRecord } from "../values.js";
import type { Article } from "../schemas/article.js";
import { type Brief, SCHEMA_VERSION } from "../schemas/brief.js";
import { AttributionClaim, EntityClaim, EventClaim, IssueClaim, QuoteClaim } from "../schemas/claims.js";
import type { Evidence } from "../schemas/evidence.js";
import { Text } from "../schemas/identifier.js";
import { Provenance } from "../schemas/provenance.js";
import { BriefValidationError, safeParseBrief } from "../validation/parse-brief.js";
import { readOnce } from "../validation/shape.js";
import type { DropCode, Dropped } from "./dropped.js";
import { type Origins, prune } from "./keep-grounded.js";
import { type ReadItem, readItems } from "./read-claims.js";

export interface GroundClaimsOptions {
  /** The least share of an evidence excerpt's words that a fuzzy match must find in order (0.75). */
  readonly threshold?: number;
  /** The brief's provenance, in place of any the claims give. */
  readonly provenance?: Provenance;
}

type Counts = Record<ItemCollection, number>;

/** What {@link groundClaims} kept, how its excerpts matched, and what it dropped and why. */
export interface ClaimsReport {
  /** Items in the claims, readable or not. */
  readonly claimed: Counts;
  /** Items in the grounded brief. */
  readonly kept: Counts;
  /** How the spans of the grounded brief were found: the items' evidence and the quotes' attributions. */
  readonly matched: Record<MatchKind, number>;
  /** Spans added from the article's own words to mend an item: an entity's name, a quote's paragraph. Not counted in `matched`. */
  readonly mended: number;
  /** Everything left out, at its path in the claims, with a reason. */
  readonly dropped: readonly Dropped[];
}

export interface GroundedClaims {
  /** Passes `safeParseBrief` and `verifyBrief`, whatever the claims were. */
  readonly brief: Brief;
  readonly report: ClaimsReport;
}

const claimSchemas = { entities: EntityClaim, issues: IssueClaim, quotes: QuoteClaim, events: EventClaim } as const;

// Fewer than two letters or digits points at nothing in particular ("a", "I", "—").
const tooShort = (text: string): boolean => (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2;

type Data = Record<string, unknown>;

/**
 * Turns claims about an article into a grounded brief. Claims are a brief whose evidence is only
 * words, `{ text }` (see `BriefClaims`): from a language model, a person or another tool. Every
 * excerpt is located in the article ({@link locate}, on whole words): the brief keeps the
 * article's own slice, and the report says how exactly each matched. Evidence may match fuzzily;
 * a direct quote's words must stand in the article as written, typography aside, or the quote is
 * dropped: a quote is never repaired into words the article does not contain.
 *
 * What cannot be grounded is dropped, with its path in the claims and the reason: an excerpt not
 * found, an item left with no evidence, an item `verifyBrief` refuses (a speaker not named in the
 * quote's evidence), and what needs a dropped item (a quote whose speaker went). An optional
 * reference to a dropped item is removed instead (a participant, an issue of a quote). Where the
 * article's own words can mend an item, they do: an entity's name is added as evidence where it is
 * written (or, where the article never writes it, the entity goes by an alias the article writes),
 * and a quote's evidence is widened to its paragraph to take in its speaker and cue.
 *
 * Anything may be given as claims, and it never throws for them: junk gives an empty or partial
 * brief, with what was wrong in the report.
 *
 * @throws BriefValidationError when `article` is not an article of the brief format
 */
export function groundClaims(article: Article, claims: unknown, options: GroundClaimsOptions = {}): GroundedClaims {
  const base = { schemaVersion: SCHEMA_VERSION, article, entities: [], issues: [], quotes: [], events: [] };
  const checked = safeParseBrief(base);
  if (!checked.success) throw new BriefValidationError(checked.problems);
  const index = new ArticleIndex(article.text);
  const dropped: Dropped[] = [];
  const origins: Origins = new WeakMap();
  const matchOf = new WeakMap<object, MatchKind>();
  const claimed: Counts = { entities: 0, issues: 0, quotes: 0, events: 0 };

  const read = readOnce(claims);
  const input = "value" in read && isRecord(read.value) ? read.value : undefined;
  if (!input) {
    const reason = "value" in read ? "expected claims: an object with lists of entities, issues, quotes and events" : detailOf(read.problem);
    dropped.push({ path: [], code: "invalid", reason });
  }
  const items = {} as Record<ItemCollection, ReadItem[]>;
  for (const collection of itemCollections) {
    const list = input?.[collection];
    claimed[collection] = Array.isArray(list) ? list.length : 0;
    items[collection] = readItems(list, collection, claimSchemas[collection], dropped);
  }

  /** The spans of `excerpts` found in the article, each once, the rest listed as dropped. */
  const ground = (excerpts: unknown, path: readonly PathSegment[], id: string, near?: number, tolerance?: MatchKind): Evidence[] => {
    const spans: Evidence[] = [];
    (excerpts as { text: string }[]).forEach((excerpt, j) => {
      const at = [...path, j];
      if (tooShort(excerpt.text)) {
        dropped.push({ path: at, id, code: "too-short", reason: "an excerpt needs at least two letters or digits" });
        return;
      }
      const found = locateIn(index, excerpt.text, { wholeWords: true, near, tolerance, threshold: options.threshold });
      if (!found) {
        dropped.push({ path: at, id, code: "not-found", reason: `${quote(excerpt.text)} is not in the article` });
        return;
      }
      if (spans.some((span) => span.start === found.start && span.end === found.end)) return;
      const span = { start: found.start, end: found.end, text: found.text };
      origins.set(span, at);
      matchOf.set(span, found.match);
      spans.push(span);
    });
    return spans;
  };

  /**
   * A direct quote's words as the article writes them, typography aside, inside quotation marks
   * the article opens: narration claimed as a quote, or a paraphrase, is not one.
   */
  const locateDirectQuote = (claimed: string): { start: number; end: number; text: string } | { drop: { code: DropCode; reason: string } } => {
    const text = claimed.trim().replace(/^["“”„«»‘’']+|["“”„«»‘’']+$/g, "");
    if (tooShort(text)) return { drop: { code: "too-short", reason: "a direct quote needs at least two letters or digits" } };
    const words = locateIn(index, text, { wholeWords: true, tolerance: "typographic" });
    if (!words) {
      const closest = locateIn(index, text, { wholeWords: true });
      const reason = closest
        ? `a direct quote's words must stand in the article as written; the nearest it says is ${quote(closest.text)}`
        : `${quote(text)} is not in the article`;
      return { drop: { code: "not-verbatim", reason } };
    }
    if (!insideQuotationMarks(article.text, words.start)) {
      return { drop: { code: "not-quoted", reason: `the article does not put ${quote(words.text)} in quotation marks: it is not a direct quote` } };
    }
    return words;
  };

  const out: Record<ItemCollection, Data[]> = { entities: [], issues: [], quotes: [], events: [] };
  const locations = new WeakMap<object, { start: number; end: number }>();
  for (const collection of itemCollections) {
    for (const { value, path } of items[collection]) {
      const id = value.id as string;
      const item: Data = { ...value };
      origins.set(item, path);
      let near: number | undefined;
      if (collection === "quotes" && value.mode === "direct") {
        const words = locateDirectQuote(value.text as string);
        if ("drop" in words) {
          dropped.push({ path, id, ...words.drop });
          continue;
        }
        item.text = words.text;
        near = words.start;
        locations.set(item, words);
      }
      item.evidence = ground(value.evidence, [...path, "evidence"], id, near);
      if ((item.evidence as Evidence[]).length === 0) {
        dropped.push({ path, id, code: "no-evidence", reason: "none of its evidence was found in the article" });
        continue;
      }
      near ??= (item.evidence as Evidence[])[0]?.start;
      if (!locations.has(item)) locations.set(item, (item.evidence as Evidence[])[0] as Evidence);
      if (isRecord(value.attribution)) {
        const attribution = groundAttribution(value.attribution as AttributionClaim, [...path, "attribution"], id, near);
        if (attribution) {
          origins.set(attribution, [...path, "attribution"]);
          item.attribution = attribution;
        } else delete item.attribution;
      }
      out[collection].push(item);
    }
  }

  function groundAttribution(claim: AttributionClaim, path: readonly PathSegment[], id: string, near: number | undefined): Data | undefined {
    const content = ground(claim.content, [...path, "content"], id, near);
    const cue = claim.cue ? ground([claim.cue], [...path, "cue"], id, near, "typographic")[0] : undefined;
    const source = claim.source ? ground(claim.source, [...path, "source"], id, near) : undefined;
    const missing = content.length < claim.content.length || (claim.cue && !cue) || (source && source.length < (claim.source?.length ?? 0));
    if (missing) {
      dropped.push({ path, id, code: "not-found", reason: "the attribution is left out: not all of its spans were found" });
      return undefined;
    }
    return { content, ...(cue ? { cue: cue } : {}), ...(source ? { source } : {}) };
  }

  const summary = input?.summary;
  const provenance = options.provenance ?? (Provenance.safeParse(input?.provenance).success ? (input?.provenance as Provenance) : undefined);
  if (summary !== undefined && !Text.safeParse(summary).success) dropped.push({ path: ["summary"], code: "invalid", reason: "expected text to read" });
  const draft = {
    ...base,
    ...(typeof summary === "string" && Text.safeParse(summary).success ? { summary } : {}),
    ...(provenance ? { provenance } : {}),
    ...out,
  } as unknown as Brief;

  const tried = new WeakSet<object>();
  const added = new WeakSet<object>();
  const brief = prune(draft, dropped, origins, (problem, item, collection) => {
    if (tried.has(item)) return false;
    const spans = item.evidence as Evidence[];
    if (collection === "entities" && problem.code === "name-not-written") {
      tried.add(item);
      const written = (words: string) => locateIn(index, words, { wholeWords: true, tolerance: "typographic", near: spans[0]?.start });
      const name = written(item.name as string);
      if (name) return addSpan(spans, name);
      // A name the article never writes ("United States" where it says "U.S."): the entity goes by an alias it does write.
      const aliases = item.aliases as string[];
      for (const alias of aliases) {
        const found = written(alias);
        if (!found) continue;
        item.aliases = [item.name, ...aliases.filter((other) => other !== alias)];
        item.name = alias;
        addSpan(spans, found);
        return true;
      }
      return false;
    }
    if (collection === "quotes" && ["speaker-not-in-evidence", "cue-not-in-evidence", "quote-outside-evidence"].includes(problem.code)) {
      tried.add(item);
      const at = locations.get(item);
      return at !== undefined && addSpan(spans, paragraphAround(article.text, at.start, at.end));
    }
    return false;
  });

  const matched: Record<MatchKind, number> = { exact: 0, typographic: 0, fuzzy: 0 };
  let mended = 0;
  for (const collection of itemCollections) {
    for (const item of brief[collection] as Data[]) {
      const attribution = item.attribution as { content: Evidence[]; cue?: Evidence; source?: Evidence[] } | undefined;
      const spans = [...(item.evidence as Evidence[]), ...(attribution ? [...attribution.content, ...(attribution.cue ? [attribution.cue] : []), ...(attribution.source ?? [])] : [])];
      for (const span of spans) {
        const match = matchOf.get(span);
        if (match) matched[match]++;
        else if (added.has(span)) mended++;
      }
    }
  }
  const kept: Counts = { entities: brief.entities.length, issues: brief.issues.length, quotes: brief.quotes.length, events: brief.events.length };
  return { brief, report: { claimed, kept, matched, mended, dropped } };

  /** Adds the article's `found` words to `spans`, in place of the spans it holds; false when a span already holds it. */
  function addSpan(spans: Evidence[], found: { start: number; end: number }): boolean {
    if (spans.some((span) => span.start <= found.start && span.end >= found.end)) return false;
    const span = { start: found.start, end: found.end, text: article.text.slice(found.start, found.end) };
    const outside = spans.filter((known) => known.start < found.start || known.end > found.end);
    spans.splice(0, spans.length, ...outside, span);
    added.add(span);
    return true;
  }
}

const opening = new Set(["“", "„", "«", "‘", "‚", "「", "『"]);
const closing = new Set(["”", "»", "」", "』"]);

/**
 * Whether the words at `start` stand inside quotation marks the article opens before them, in the
 * same paragraph (a quote that runs on opens each paragraph again). Straight double marks open
 * and close by turns.
 */
function insideQuotationMarks(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  let open = false;
  for (let i = from; i < start; i++) {
    const ch = text[i] as string;
    if (opening.has(ch)) open = true;
    else if (closing.has(ch)) open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** The paragraph (line) of `text` that holds `start`–`end`, without its surrounding whitespace. */
function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = text.lastIndexOf("\n", start - 1) + 1;
  let to = text.indexOf("\n", end);
  if (to === -1) to = text.length;
  while (from < to && /\s/.test(text[from] as string)) from++;
  while (to > from && /\s/.test(text[to - 1] as string)) to--;
  return { start: from, end: to };
}
