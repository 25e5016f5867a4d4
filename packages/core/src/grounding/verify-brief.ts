import { type ItemCollection, listTooLong } from "../brief-items.js";
import { listed, type PathSegment, type Problem, problem, quoted, unreadable } from "../problem.js";
import type { Brief } from "../schemas/brief.js";
import type { Entity } from "../schemas/entity.js";
import type { Evidence } from "../schemas/evidence.js";
import { isObject } from "../values.js";
import { writesDate } from "./dates.js";
import { PhraseSet } from "./phrase-set.js";
import { checkSpan } from "./span.js";
import { ArticleTokens, type TokenRange } from "./tokens.js";

export interface GroundingReport {
  /** True when nothing in the brief claims what the article does not say. */
  readonly ok: boolean;
  /** The first 1,000 problems, then one `more-problems` problem that counts the rest. */
  readonly problems: readonly Problem[];
  /** How much was checked, so "ok" on an empty brief is not mistaken for a clean long one. */
  readonly checked: {
    readonly spans: number;
    readonly directQuotes: number;
    readonly entities: number;
  };
}

/** An item of a collection with its path, read without trusting that the brief was parsed. */
interface Located<T> {
  readonly item: T;
  readonly path: readonly PathSegment[];
  /** The item's evidence spans that are whole-number, in-range, ordered and repeat their slice. */
  readonly spans: readonly TokenRange[];
  /** A quote's attribution source spans that are, likewise. */
  readonly sources: readonly TokenRange[];
}


/**
 * Checks a brief against its own article. Every evidence span repeats its slice; every direct
 * quote's words stand in the article, inside the quote's evidence; every quote's speaker, every
 * attribution cue and every time expression is written in its item's evidence; every entity is
 * named, or called by an alias, in each of its spans, and by its own name in at least one; every
 * stated date is written in full in its time expression.
 *
 * Matching is on whole words, in any script ("aid" is not in "said", "Chin" is not in "China"),
 * and tolerant of typographic quotation marks and apostrophes and of visible whitespace (NBSP,
 * line breaks, runs of spaces), and of nothing else: a changed word, case or punctuation mark,
 * or an invisible character, fails.
 *
 * It reads the article once and costs time linear in the brief, and it never throws, even on
 * an object that never went through {@link safeParseBrief}: offsets that are not whole, in-range
 * and ordered are problems, never matched.
 */
export function verifyBrief(brief: Brief): GroundingReport {
  const problems: Problem[] = [];
  const checked = { spans: 0, directQuotes: 0, entities: 0 };
  try {
    verifyInto(brief as unknown, problems, checked);
  } catch (error) {
    problems.push(unreadable([], error));
  }
  const list = listed(problems);
  return { ok: list.length === 0, problems: list, checked };
}

function verifyInto(brief: unknown, problems: Problem[], checked: { spans: number; directQuotes: number; entities: number }): void {
  const article = isObject(brief) && isObject(brief.article) ? brief.article : undefined;
  if (typeof article?.text !== "string") {
    problems.push(problem(["article", "text"], "invalid-type", "expected the article's text, a string: nothing can be verified without it"));
    return;
  }
  const text = article.text;
  const language = typeof article.language === "string" ? article.language : "en";
  const tokens = new ArticleTokens(text);
  const stride = tokens.vocabularySize + 1;
  const phraseSet = (phrases: readonly unknown[]): PhraseSet =>
    new PhraseSet(
      phrases.flatMap((phrase) => (typeof phrase === "string" ? (tokens.phrase(phrase) ?? []) : [])),
      stride,
    );
  const writtenIn = (set: PhraseSet, spans: readonly TokenRange[]): boolean =>
    spans.some((range) => set.first(tokens.ids, range) !== undefined);

  const read = <T>(collection: ItemCollection): Located<T>[] => {
    const items = isObject(brief) ? brief[collection] : undefined;
    if (!Array.isArray(items)) {
      problems.push(problem([collection], "invalid-type", "expected an array"));
      return [];
    }
    const tooLong = listTooLong(items.length, [collection]);
    if (tooLong) {
      problems.push(tooLong);
      return [];
    }
    const located: Located<T>[] = [];
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      const path = [collection, i];
      if (!isObject(item)) {
        problems.push(problem(path, "invalid-type", "expected an object"));
        continue;
      }
      const spans = readSpans(item.evidence, [...path, "evidence"]);
      const attribution = isObject(item.attribution) ? item.attribution : undefined;
      let sources: TokenRange[] = [];
      if (attribution) {
        readSpans(attribution.content, [...path, "attribution", "content"]);
        if (attribution.cue !== undefined) readSpans([attribution.cue], [...path, "attribution", "cue"], false);
        if (attribution.source !== undefined) sources = readSpans(attribution.source, [...path, "attribution", "source"]);
      }
      located.push({ item: item as T, path, spans, sources });
    }
    return located;
  };

  /** `indexed`: the spans' paths end in their index; false for a single span read as a list of one. */
  const readSpans = (evidence: unknown, path: readonly PathSegment[], indexed = true): TokenRange[] => {
    if (!Array.isArray(evidence)) {
      problems.push(problem(path, "invalid-type", "expected an array of evidence spans"));
      return [];
    }
    const tooLong = listTooLong(evidence.length, path);
    if (tooLong) {
      problems.push(tooLong);
      return [];
    }
    const ranges: TokenRange[] = [];
    for (let j = 0; j < evidence.length; j++) {
      checked.spans++;
      const span: unknown = evidence[j];
      const spanPath = indexed ? [...path, j] : path;
      const spanProblem = isObject(span) ? checkSpan(text, span as unknown as Evidence, spanPath) : problem(spanPath, "invalid-type", "expected an object");
      if (spanProblem) problems.push(spanProblem);
      else ranges.push(tokens.tokensWithin((span as Evidence).start, (span as Evidence).end));
    }
    return ranges;
  };

  // All four are read (and their spans checked) before anything else, so span problems come first, in document order.
  const entities = read<Partial<Entity>>("entities");
  read("issues");
  const quotes = read<Record<string, unknown>>("quotes");
  const events = read<Record<string, unknown>>("events");

  const namesOf = new Map<unknown, { readonly name: unknown; readonly names: PhraseSet }>();
  for (const { item: entity, path, spans } of entities) {
    checked.entities++;
    const aliases = Array.isArray(entity.aliases) ? entity.aliases : [];
    const names = phraseSet([entity.name, ...aliases]);
    namesOf.set(entity.id, { name: entity.name, names });
    spans.forEach((range, j) => {
      if (names.first(tokens.ids, range) === undefined) {
        problems.push(
          problem([...path, "evidence", j], "name-not-in-evidence", `names neither ${quotedValue(entity.name)} nor any alias of entity ${quotedValue(entity.id)}`),
        );
      }
    });
    if (entity.unnamed !== true && spans.length > 0 && !writtenIn(phraseSet([entity.name]), spans)) {
      problems.push(
        problem(
          [...path, "name"],
          "name-not-written",
          `${quotedValue(entity.name)} is written in none of the entity's evidence spans: an alias alone does not ground a name`,
        ),
      );
    }
  }

  const unlocated: { quote: Located<Record<string, unknown>>; phrase: Int32Array }[] = [];
  for (const located of quotes) {
    const { item: quote, path, spans, sources } = located;
    if (spans.length === 0) continue;
    if (!writtenIn(phraseSet([quote.cue]), spans)) {
      problems.push(problem([...path, "cue"], "cue-not-in-evidence", `${quotedValue(quote.cue)} is not written in the quote's evidence`));
    }
    const speaker = namesOf.get(quote.speaker);
    // The source span may be a pronoun or a description ("he", "the official"): then the
    // evidence must hold the sentence that names the speaker.
    if (speaker && !writtenIn(speaker.names, [...spans, ...sources])) {
      problems.push(
        problem(
          [...path, "speaker"],
          "speaker-not-in-evidence",
          `the quote's evidence and attribution source name neither the speaker ${quotedValue(speaker.name)} nor any of their aliases: include the sentence that names them`,
        ),
      );
    }
    if (quote.mode !== "direct") continue;
    checked.directQuotes++;
    const phrase = typeof quote.text === "string" ? tokens.phrase(quote.text) : undefined;
    if (!phrase) {
      problems.push(notInArticle(quote, path));
    } else if (!writtenIn(new PhraseSet([phrase], stride), spans)) {
      unlocated.push({ quote: located, phrase });
    }
  }
  reportUnlocated(unlocated, tokens, stride, problems);

  for (const { item: event, path, spans } of events) {
    const when = event.when;
    if (!isObject(when) || spans.length === 0) continue;
    if (!writtenIn(phraseSet([when.text]), spans)) {
      problems.push(problem([...path, "when", "text"], "when-not-in-evidence", `${quotedValue(when.text)} is not written in the event's evidence`));
    }
    const date = when.date;
    if (isObject(date) && date.basis === "stated" && typeof date.value === "string" && typeof when.text === "string" && !writesDate(when.text, date.value, language)) {
      problems.push(
        problem(
          [...path, "when", "date"],
          "date-not-written",
          `${quotedValue(date.value)} is not what ${quotedValue(when.text)} says: a stated date's year, month and day must all be written in the time expression`,
        ),
      );
    }
  }
}

const quotedValue = (value: unknown): string => (typeof value === "string" ? quoted(value) : `(${typeof value})`);

const notInArticle = (quote: Record<string, unknown>, path: readonly PathSegment[]): Problem =>
  problem([...path, "text"], "quote-not-in-article", `${quotedValue(quote.text)} does not occur verbatim in the article`);

/**
 * Direct quotes not found in their own evidence: one pass over the whole article, for all of
 * them at once, tells a quote moved off its evidence from one the article never contained.
 */
function reportUnlocated(
  unlocated: readonly { quote: Located<Record<string, unknown>>; phrase: Int32Array }[],
  tokens: ArticleTokens,
  stride: number,
  problems: Problem[],
): void {
  if (unlocated.length === 0) return;
  const firstAt: (TokenRange | undefined)[] = new Array(unlocated.length);
  let remaining = unlocated.length;
  new PhraseSet(
    unlocated.map((u) => u.phrase),
    stride,
  ).scan(tokens.ids, { from: 0, to: tokens.count }, (index, at) => {
    if (firstAt[index] === undefined) {
      firstAt[index] = at;
      remaining--;
    }
    return remaining === 0;
  });
  unlocated.forEach(({ quote }, index) => {
    const at = firstAt[index];
    if (at === undefined) {
      problems.push(notInArticle(quote.item, quote.path));
      return;
    }
    const { start, end } = tokens.textRange(at);
    problems.push(
      problem(
        [...quote.path, "evidence"],
        "quote-outside-evidence",
        `the quoted words occur at ${start}–${end}, outside every evidence span of the quote`,
      ),
    );
  });
}
