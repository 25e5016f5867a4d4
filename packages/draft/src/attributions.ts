import { type ArticleDocument, type Sentence, type Token, tokenIndexAt } from "./text/document.js";
import { beliefVerbs, cueModifiers, cueVerbs, weakCueVerbs } from "./text/lexicon.js";
import { audienceAfter, cueAt, cueBefore, cueVerb, sourceAfter, sourceBefore, type TokenSpan } from "./text/phrases.js";
import { findQuotations, type Quotation, type Range } from "./text/quotations.js";

/** An attribution as the article writes it: content, cue and source, before speakers are resolved. */
export interface FoundAttribution {
  readonly direct: boolean;
  /** What is attributed, as spans of the article (a direct quote's with its marks). */
  readonly content: Range[];
  /** For a direct quote, its words without the marks (the longest segment); else the reported clause. */
  readonly words: Range;
  readonly cue: TokenSpan | undefined;
  /** The cue as the brief's `cue` text: the cue group, and the audience where there is one. */
  readonly cueText: string;
  readonly audience: TokenSpan | undefined;
  readonly source: TokenSpan | undefined;
  /** An attribution this one takes its source from: "…, adding that …", a quote continued in the next paragraph. */
  readonly continues: FoundAttribution | undefined;
  readonly belief: boolean;
  /** The sentences it stands in. */
  readonly sentences: number[];
}

export interface SkippedQuotation {
  readonly range: Range;
  readonly reason: string;
}

const partialQuoteWords = 4;
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Finds the attributions of an article: direct quotes and the cue and source around them (after
 * the quote, "…,” he said", or before it, "Hua tweeted: “…”"), quotes split around their cue or
 * continued over paragraphs, and indirect speech ("X said (that) …", "…, the official said",
 * "according to X, …"), beliefs and intentions included ("X expects …").
 */
export function findAttributions(doc: ArticleDocument): { attributions: FoundAttribution[]; skipped: SkippedQuotation[] } {
  const { text, tokens, sentences } = doc;
  const tokenAt = (offset: number): number => tokenIndexAt(doc, offset);
  const used = new Set<number>();
  const found: FoundAttribution[] = [];
  const skipped: SkippedQuotation[] = [];
  const quotations = findQuotations(text);
  // Per token: inside quotation marks; inside the content of an attribution found so far.
  const quoted = new Uint8Array(tokens.length);
  const reported = new Uint8Array(tokens.length);
  const mark = (marks: Uint8Array, range: Range): void => {
    for (let t = tokenAt(range.start); t < tokens.length && (tokens[t] as Token).start < range.end; t++) marks[t] = 1;
  };
  for (const quotation of quotations) for (const segment of quotation.segments) mark(quoted, segment);
  const cueTextOf = (cue: TokenSpan, audience: TokenSpan | undefined): string =>
    text.slice((tokens[cue.first] as Token).start, (tokens[(audience ?? cue).last - 1] as Token).end);
  const markUsed = (span: TokenSpan | undefined): void => {
    if (span) for (let i = span.first; i < span.last; i++) used.add(i);
  };

  let previous: FoundAttribution | undefined;
  for (const quotation of quotations) {
    const longest = quotation.inner.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    if (wordCount(text.slice(longest.start, longest.end)) < partialQuoteWords) continue; // a phrase quoted inside a paraphrase
    const first = quotation.segments[0] as Range;
    const last = quotation.segments[quotation.segments.length - 1] as Range;
    const after = tokenAt(last.end);
    const before = tokenAt(first.start) - 1;
    const afterQuote = attributionAfter(after, quotation);
    const beforeQuote = afterQuote ? undefined : attributionBefore(before, quotation);
    if (previous?.direct && beforeQuote?.cue && used.has(beforeQuote.cue.first)) {
      // “…,” he said. “…”: the cue before this quote is the last quote's, so it goes on.
      previous.content.push(...quotation.segments);
      mark(reported, first);
      continue;
    }
    const attribution = afterQuote ?? beforeQuote ?? continuation(previous, quotation);
    if (!attribution) {
      skipped.push({ range: first, reason: "a quotation with no cue or speaker beside it" });
      continue;
    }
    if (attribution.continues === previous && previous && attribution.cue === undefined && sameParagraph(doc, previous, quotation)) {
      // "…,” he said. “…”: the second half of a quote split around its cue.
      previous.content.push(...quotation.segments);
      continue;
    }
    markUsed(attribution.cue);
    markUsed(attribution.source);
    for (const range of attribution.content) mark(reported, range);
    found.push(attribution);
    previous = attribution;
  }

  for (const sentence of sentences) {
    for (let i = sentence.first; i < sentence.last; i++) {
      if (used.has(i) || quoted[i]) continue;
      const attribution = indirectAt(sentence, i, found);
      if (!attribution) continue;
      // Nested in reported content, "Biden said he did not think …" is the outer one's; a source of
      // its own by name ("… on charges Washington says are politically motivated") stands apart.
      const nested = reported[i] === 1;
      if (nested && (!attribution.source || attribution.source.last - attribution.source.first === 1 && /^(he|she|they|we|i)$/.test((tokens[attribution.source.first] as Token).lower))) continue;
      markUsed(attribution.cue);
      markUsed(attribution.source);
      for (const range of attribution.content) mark(reported, range);
      found.push(attribution);
    }
  }
  found.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  return { attributions: found, skipped };

  function attributionAfter(at: number, quotation: Quotation): FoundAttribution | undefined {
    let i = at;
    const token = tokens[i];
    if (!token) return undefined;
    const lastMark = quotation.segments[quotation.segments.length - 1] as Range;
    if (text.slice(lastMark.end, token.start).includes("\n")) return undefined;
    if (token.text === ",") i++;
    const sentence = sentences[(tokens[i] as Token | undefined)?.sentence ?? -1];
    if (!sentence) return undefined;
    const limit = sentence.last;
    const cue = cueAt(tokens, i, limit);
    if (cue) {
      const source = sourceAfter(tokens, cue.last, limit);
      if (source) return direct(quotation, cue, undefined, source, [sentence]);
    }
    const source = sourceAfter(tokens, i, limit);
    if (!source) return undefined;
    const cueAfter = cueAt(tokens, skipApposition(source.last, limit), limit);
    if (!cueAfter) return undefined;
    return direct(quotation, cueAfter, audienceAfter(tokens, cueAfter, limit), source, [sentence]);
  }

  function attributionBefore(at: number, quotation: Quotation): FoundAttribution | undefined {
    let i = at;
    const token = tokens[i];
    if (!token) return undefined;
    const sentence = sentences[token.sentence] as Sentence;
    const firstMark = quotation.segments[0] as Range;
    if (text.slice(token.end, firstMark.start).includes("\n")) return undefined;
    if (token.text === ":" || token.text === ",") i--;
    if (tokens[i]?.lower === "that") i--;
    let audience: TokenSpan | undefined;
    let cue = cueBefore(tokens, i + 1, sentence.first);
    if (!cue) {
      // "told reporters: “…”"
      for (let j = i; j > i - 4 && j >= sentence.first; j--) {
        const candidate = cueBefore(tokens, j, sentence.first);
        if (candidate && audienceAfter(tokens, candidate, i + 1)?.last === i + 1) {
          cue = candidate;
          audience = { first: j, last: i + 1 };
          break;
        }
      }
    }
    if (!cue) {
      // "Hua Chunying, who is attending the meeting, tweeted above a picture …: “…”"
      for (let j = i; j > sentence.first && j > i - 16; j--) {
        const candidate = cueAt(tokens, j, i + 1);
        if (candidate && candidate.first === j && !cueModifiers.has((tokens[j - 1] as Token).lower)) {
          cue = candidate;
          break;
        }
      }
    }
    if (!cue) return undefined;
    if (cueVerb(tokens, cue).lower === "to") {
      const source = sourceAfter(tokens, cue.last, i + 1);
      return source ? direct(quotation, cue, undefined, source, [sentence]) : undefined;
    }
    const source = appositiveSource(cue.first, sentence.first) ?? sourceBefore(tokens, skipBackOverClause(cue.first, sentence.first), sentence.first);
    if (!source) return undefined;
    return direct(quotation, cue, audience, source, [sentence]);
  }

  function continuation(prior: FoundAttribution | undefined, quotation: Quotation): FoundAttribution | undefined {
    if (!prior?.direct) return undefined;
    const first = quotation.segments[0] as Range;
    const priorEnd = Math.max(...prior.content.map((c) => c.end), ...[prior.cue, prior.source].flatMap((part) => (part ? [(tokens[part.last - 1] as Token).end] : [])));
    const between = text.slice(priorEnd, first.start);
    // Nothing but the cue's sentence end between them, or a new paragraph that opens with the quote.
    const adjacent = /^[\s.,;:]*$/.test(between) || (/\n/.test(between) && /^[^\p{L}]*$/u.test(between.replace(/\n/g, "")));
    if (!adjacent) return undefined;
    const sentence = tokens[tokenAt(first.start)]?.sentence;
    return {
      direct: true,
      content: [...quotation.segments],
      words: longestInner(quotation),
      cue: undefined,
      cueText: prior.cueText,
      audience: undefined,
      source: undefined,
      continues: prior,
      belief: false,
      sentences: sentence === undefined ? [] : [sentence],
    };
  }

  function direct(quotation: Quotation, cue: TokenSpan, audience: TokenSpan | undefined, source: TokenSpan, inSentences: Sentence[]): FoundAttribution {
    return {
      direct: true,
      content: [...quotation.segments],
      words: longestInner(quotation),
      cue,
      cueText: cueTextOf(cue, audience),
      audience,
      source,
      continues: undefined,
      belief: beliefVerbs.has(cueVerb(tokens, cue).lower),
      sentences: [...new Set([...inSentences.map((s) => (tokens[s.first] as Token).sentence), ...quotation.segments.map((s) => (tokens[tokenAt(s.start)] as Token).sentence)])],
    };
  }

  /** "Fuad Basya, spokesman for the Indonesian military, said": the name with its apposition. */
  function appositiveSource(cueFirst: number, floor: number): TokenSpan | undefined {
    if (tokens[cueFirst - 1]?.text !== ",") return undefined;
    const clauseStart = skipBackOverClause(cueFirst, floor);
    if (clauseStart === cueFirst) return undefined;
    const name = sourceBefore(tokens, clauseStart, floor);
    const apposition = sourceAfter(tokens, clauseStart + 1, cueFirst - 1);
    if (!name || !apposition || apposition.last !== cueFirst - 1) return undefined;
    return { first: name.first, last: cueFirst - 1 };
  }

  /** "X, who is attending the meeting, tweeted": the end of X, stepping back over the clause. */
  function skipBackOverClause(end: number, floor: number): number {
    if (tokens[end - 1]?.text !== ",") return end;
    for (let j = end - 2; j > Math.max(floor, end - 14); j--) if (tokens[j]?.text === ",") return j;
    return end;
  }

  function skipApposition(at: number, limit: number): number {
    // "Hua Chunying, the ministry's spokeswoman, said": step over the apposition.
    if (tokens[at]?.text !== ",") return at;
    for (let j = at + 1; j < Math.min(limit, at + 12); j++) if (tokens[j]?.text === ",") return j + 1;
    return at;
  }

  function indirectAt(sentence: Sentence, i: number, existing: readonly FoundAttribution[]): FoundAttribution | undefined {
    let cue = cueAt(tokens, i, sentence.last);
    if (!cue || cue.first !== i) return undefined;
    const verb = cueVerb(tokens, cue);
    const sentenceIndex = (tokens[sentence.first] as Token).sentence;
    const endOfClause = clauseEnd(sentence, cue.last, verb);
    // "according to X, …" and "…, according to X."
    if (verb.lower === "to") {
      const source = sourceAfter(tokens, cue.last, sentence.last);
      if (!source) return undefined;
      let contentStart = tokens[source.last]?.text === "," ? source.last + 1 : source.last;
      // "According to Yonhap, quoting KCNA, …": the content comes after the second source.
      if (/^(quoting|citing)$/.test(tokens[contentStart]?.lower ?? "")) {
        const quoted = sourceAfter(tokens, contentStart + 1, sentence.last);
        if (quoted && tokens[quoted.last]?.text === ",") contentStart = quoted.last + 1;
      }
      const contentRange = contentStart > source.last ? rangeOf(contentStart, endOfClause) : cue.first > sentence.first + 2 ? rangeOf(sentence.first, trimComma(cue.first)) : undefined;
      return contentRange ? indirect(contentRange, cue, undefined, source, undefined, sentenceIndex) : undefined;
    }
    // "Blinken is expected to meet …" is a forecast, not an attribution to Blinken.
    // "have not said why …": a negated cue attributes nothing.
    if (tokens.slice(cue.first, cue.last - 1).some((t) => t.lower === "not" || t.lower === "never")) return undefined;
    const passive = tokens.slice(cue.first, cue.last - 1).some((t) => /^(is|are|was|were|be|been|being)$/.test(t.lower));
    if (passive && /ed$/.test(verb.lower) && tokens[cue.last]?.lower !== "by") return undefined;
    // "X said (that) …", "X told reporters (that) …", "X calls on Y to …"
    const callsOn = /^call/.test(verb.lower) && tokens[cue.last]?.lower === "on";
    if (callsOn) cue = { first: cue.first, last: cue.last + 1 };
    const audience = callsOn ? sourceAfter(tokens, cue.last, sentence.last) : audienceAfter(tokens, cue, sentence.last);
    let start = (audience ?? cue).last;
    if (tokens[start]?.text === ",") start++;
    if (weakCueVerbs.has(verb.lower) && tokens[start]?.lower !== "that" && !(callsOn && tokens[start]?.lower === "to")) return undefined;
    const clauseTokens = endOfClause - start;
    let source = sourceBefore(tokens, cue.first, sentence.first) ?? appositiveSource(cue.first, sentence.first);
    // "…, U.S. officials have said, but …": the attribution trails its content.
    const trailing = source && tokens[source.first - 1]?.text === "," && /^[,.;]|^but$/.test(tokens[(audience ?? cue).last]?.text ?? ".");
    if (source && trailing && source.first - 1 - sentence.first >= 3) {
      return indirect(rangeOf(sentence.first, source.first - 1), cue, audience, source, undefined, sentenceIndex);
    }
    const coordinated = !source && /^(but|and)$/.test(tokens[cue.first - 1]?.lower ?? "");
    const sameSentence = lastInSentence(existing, sentenceIndex);
    if (coordinated) source = sameSentence?.source ?? sourceAfter(tokens, sentence.first, cue.first);
    // ", adding that …": the source of the attribution just made in this sentence.
    const continues = !source && /^(adding|saying|noting|stressing|warning|arguing|insisting)$/.test(verb.lower) ? sameSentence : undefined;
    if ((source || continues) && clauseTokens >= 3 && !/^[.,;:]$/.test(tokens[start]?.text ?? ".")) {
      return indirect(rangeOf(start, endOfClause), cue, audience, source, continues, sentenceIndex);
    }
    // "…, the official said." / "…, said Blinken."
    const after = sourceAfter(tokens, cue.last, sentence.last);
    const sourceFirst = source ?? after;
    const end = (after ?? cue).last;
    if (sourceFirst && end >= sentence.last - 1 && tokens[(source ?? cue).first - 1]?.text === ",") {
      const contentEnd = (source ?? cue).first - 1;
      if (contentEnd - sentence.first >= 3) return indirect(rangeOf(sentence.first, contentEnd), cue, undefined, sourceFirst, undefined, sentenceIndex);
    }
    return undefined;
  }

  function indirect(content: Range, cue: TokenSpan, audience: TokenSpan | undefined, source: TokenSpan | undefined, continues: FoundAttribution | undefined, sentence: number): FoundAttribution {
    const words = /^that\s/i.test(text.slice(content.start, content.end)) ? { start: content.start + 5, end: content.end } : content;
    return {
      direct: false,
      content: [content],
      words,
      cue,
      cueText: cueTextOf(cue, audience),
      audience,
      source,
      continues,
      belief: beliefVerbs.has(cueVerb(tokens, cue).lower),
      sentences: [sentence],
    };
  }

  /**
   * Where a reported clause ends: the sentence's end, a second attribution in it (", adding that"),
   * or a predicate coordinated with the cue ("condemns …, and calls on …"; "commend … and look
   * forward …"): a verb after "and" inflected as the cue is.
   */
  function clauseEnd(sentence: Sentence, from: number, cueWord?: Token): number {
    let end = sentence.last;
    const inflection = (word: string) => (/ed$/.test(word) ? "ed" : /s$/.test(word) ? "s" : "base");
    for (let j = from; j < sentence.last; j++) {
      const token = tokens[j] as Token;
      const next = tokens[j + 1];
      if (cueWord && token.lower === "and" && next && j > from + 2 && next.pos === "VERB" && (cueVerbs.has(next.lower) || inflection(next.lower) === inflection(cueWord.lower)) && !/ing$/.test(next.lower)) {
        end = tokens[j - 1]?.text === "," ? j - 1 : j;
        break;
      }
      if ((token.lower === "while" || token.text === ",") && /^(adding|saying|noting|while)$/.test(tokens[j + 1]?.lower ?? token.lower) && j > from + 2) {
        end = j;
        break;
      }
      if (token.text === ";") {
        end = j;
        break;
      }
    }
    while (end > from && /^[.!?,;:”"’)]$/.test((tokens[end - 1] as Token).text)) end--;
    return end;
  }

  function trimComma(end: number): number {
    return tokens[end - 1]?.text === "," ? end - 1 : end;
  }

  function rangeOf(first: number, last: number): Range {
    return { start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end };
  }
}

function longestInner(quotation: Quotation): Range {
  return quotation.inner.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
}

function sameParagraph(doc: ArticleDocument, previous: FoundAttribution, quotation: Quotation): boolean {
  const prior = previous.content[previous.content.length - 1] as Range;
  const first = quotation.segments[0] as Range;
  const a = doc.tokens[tokenIndexAt(doc, prior.start)];
  const b = doc.tokens[tokenIndexAt(doc, first.start)];
  return a !== undefined && b !== undefined && doc.sentences[a.sentence]?.paragraph === doc.sentences[b.sentence]?.paragraph;
}

/** The last attribution found in a sentence; attributions come in article order, so the search stops at earlier sentences. */
function lastInSentence(found: readonly FoundAttribution[], sentence: number): FoundAttribution | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const attribution = found[i] as FoundAttribution;
    if (attribution.sentences.includes(sentence)) return attribution;
    if (Math.max(...attribution.sentences) < sentence) return undefined;
  }
  return undefined;
}
