import type { Token } from "./document.js";
import { audienceVerbs, cueModifiers, cueVerbs, organizationHeads, sourceNouns, subjectPronouns, titleWords } from "./lexicon.js";

/** A run of tokens, `first` to `last` exclusive. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

export const isCapitalized = (token: Token): boolean => /^\p{Lu}/u.test(token.text);
const isWordy = (token: Token): boolean => /\p{L}/u.test(token.text);

/** A name-like word: a proper noun, or a capitalised word inside a name ("State", "Department"). */
export const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined && isCapitalized(token) && isWordy(token) && (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ" || token.pos === "X" || token.pos === "VERB");

/** A cue group starting at `at`: modifiers, then a cue verb ("has also said", "told"), or "according to". */
export function cueAt(tokens: readonly Token[], at: number, limit: number): TokenSpan | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  if (first.lower === "according" && tokens[at + 1]?.lower === "to") return { first: at, last: at + 2 };
  let i = at;
  while (i < limit && (cueModifiers.has((tokens[i] as Token).lower) || ((tokens[i] as Token).pos === "ADV" && /ly$/.test((tokens[i] as Token).lower))) && !cueVerbs.has((tokens[i] as Token).lower)) i++;
  if (i - at > 4) return undefined;
  const verb = tokens[i];
  if (i >= limit || !verb || !cueVerbs.has(verb.lower) || verb.pos === "PROPN") return undefined;
  // Taggers read "plans" and "hopes" as nouns too; before "to" or "that" they are verbs.
  if (verb.pos === "NOUN" && !/^(to|that)$/.test(tokens[i + 1]?.lower ?? "")) return undefined;
  return { first: at, last: i + 1 };
}

/** A cue group ending just before `end` (exclusive), read backwards. */
export function cueBefore(tokens: readonly Token[], end: number, floor: number): TokenSpan | undefined {
  const verb = tokens[end - 1];
  if (end - 1 < floor || !verb || !cueVerbs.has(verb.lower) || verb.pos === "NOUN" || verb.pos === "PROPN") {
    if (verb?.lower === "to" && tokens[end - 2]?.lower === "according") return { first: end - 2, last: end };
    return undefined;
  }
  let first = end - 1;
  while (first - 1 >= floor && first > end - 6) {
    const previous = tokens[first - 1] as Token;
    if (!cueModifiers.has(previous.lower) && !(previous.pos === "ADV" && /ly$/.test(previous.lower))) break;
    first--;
  }
  return { first, last: end };
}

/** The cue's main verb, for lexicon tests. */
export const cueVerb = (tokens: readonly Token[], cue: TokenSpan): Token => tokens[cue.last - 1] as Token;

const determiners = new Set(["a", "an", "the", "one", "another", "two", "three", "several", "some", "his", "her", "its", "their", "our"]);
const nounPhraseTags = new Set(["PROPN", "NOUN", "ADJ", "NUM"]);

/**
 * A source mention starting at `at`: a pronoun, or a noun phrase headed by a name or by a noun of
 * a speaker ("a senior State Department official", "Chinese Foreign Minister Qin Gang"), with a
 * following apposition set off by commas ("Hua Chunying, the ministry's spokeswoman,").
 */
export function sourceAfter(tokens: readonly Token[], at: number, limit: number): TokenSpan | undefined {
  const first = tokens[at];
  if (!first || at >= limit) return undefined;
  if (subjectPronouns.has(first.lower)) return { first: at, last: at + 1 };
  let i = at;
  if (determiners.has(first.lower)) i++;
  let lastHead = -1;
  while (i < limit) {
    const token = tokens[i] as Token;
    if (nounPhraseTags.has(token.pos) || (isNameWord(token) && !cueVerbs.has(token.lower))) {
      if (cueVerbs.has(token.lower) && !isCapitalized(token)) break;
      lastHead = i;
      i++;
    } else if (
      (token.lower === "'s" || token.lower === "of" || token.lower === "for" || token.text === "-" || token.text === "." ||
        (token.lower === "to" && titleWords.has((tokens[i - 1] as Token | undefined)?.lower ?? "")) ||
        (token.lower === "and" && isCapitalized(tokens[i - 1] as Token) && isCapitalized((tokens[i + 1] as Token | undefined) ?? token))) &&
      i + 1 < limit &&
      (nounPhraseTags.has((tokens[i + 1] as Token).pos) || determiners.has((tokens[i + 1] as Token).lower))
    ) {
      i++;
      // "Ambassador to the United States", "spokesman for the Indonesian military"
      if (determiners.has((tokens[i] as Token | undefined)?.lower ?? "") && i + 1 < limit) i++;
    } else break;
  }
  if (lastHead === -1) return undefined;
  const head = tokens[lastHead] as Token;
  if (!isCapitalized(head) && !sourceNouns.has(head.lower)) return undefined;
  let end = lastHead + 1;
  // "Korean Central News Agency (KCNA)"
  if (tokens[end]?.text === "(" && tokens[end + 2]?.text === ")" && /^\p{Lu}{2,8}$/u.test(tokens[end + 1]?.text ?? "") && end + 3 <= limit) end += 3;
  return { first: at, last: withApposition(tokens, end, limit) };
}

/**
 * The end of a source with the apposition after it, set off by a comma: "Jeff Rathke, the State
 * Department Spokesperson," or ", Alireza Mehraban,". Only a short noun phrase that closes with a
 * comma (or ends the sentence) counts; a clause ("who is attending …") does not.
 */
function withApposition(tokens: readonly Token[], end: number, limit: number): number {
  if (tokens[end]?.text !== ",") return end;
  let i = end + 1;
  while (i < limit && i < end + 10 && tokens[i]?.text !== ",") {
    const token = tokens[i] as Token;
    if (!(nounPhraseTags.has(token.pos) || determiners.has(token.lower) || isNameWord(token) || /^(of|for|'s|to)$/.test(token.lower))) return end;
    if (/^(who|which|that)$/.test(token.lower)) return end;
    i++;
  }
  if (i === end + 1) return end;
  return tokens[i]?.text === "," || i >= limit - 1 ? i : end;
}

/** A source mention ending just before `end`, read backwards, with the same grammar as {@link sourceAfter}. */
export function sourceBefore(tokens: readonly Token[], end: number, floor: number): TokenSpan | undefined {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return undefined;
  if (subjectPronouns.has(last.lower)) return { first: end - 1, last: end };
  if (!isCapitalized(last) && !sourceNouns.has(last.lower)) return undefined;
  if (!(nounPhraseTags.has(last.pos) || isNameWord(last))) return undefined;
  let i = end - 1;
  while (i - 1 >= floor) {
    const token = tokens[i - 1] as Token;
    // "charges Washington says": a plain noun before a name belongs to another phrase.
    if (isCapitalized(tokens[i] as Token) && !isCapitalized(token) && token.pos === "NOUN" && !sourceNouns.has(token.lower) && !titleWords.has(token.lower)) break;
    if (nounPhraseTags.has(token.pos) || isNameWord(token)) i--;
    else if (token.lower === "'" && i - 2 >= floor && /s$/.test((tokens[i - 2] as Token).lower)) i--;
    else if (token.lower === "and" && i - 2 >= floor && (sourceNouns.has((tokens[i - 2] as Token).lower) || (isCapitalized(tokens[i - 2] as Token) && isCapitalized(tokens[i] as Token)))) i--;
    else if ((token.lower === "'s" || token.lower === "of" || token.text === "-") && i - 2 >= floor && nounPhraseTags.has((tokens[i - 2] as Token).pos)) i--;
    else break;
  }
  if (i - 1 >= floor && determiners.has((tokens[i - 1] as Token).lower)) i--;
  // "Malaysia's Prime Minister, Najib Razak said": a title set before the name with a comma.
  if (tokens[i - 1]?.text === "," && titleWords.has(tokens[i - 2]?.lower ?? "") && isCapitalized(tokens[i] as Token)) {
    const title = sourceBefore(tokens, i - 1, floor);
    if (title) i = title.first;
  }
  // A sentence-initial capitalised word that is not a name ("Having", "Speaking") is not part of it.
  while (i < end - 1 && tokens[i]?.pos !== "PROPN" && !determiners.has((tokens[i] as Token).lower) && isCapitalized(tokens[i] as Token) && !titleWords.has((tokens[i] as Token).lower) && !nounPhraseTags.has((tokens[i] as Token).pos)) i++;
  return { first: i, last: end };
}

/** The audience right after a cue that takes one ("told reporters"), as a token span, or undefined. */
export function audienceAfter(tokens: readonly Token[], cue: TokenSpan, limit: number): TokenSpan | undefined {
  if (!audienceVerbs.has(cueVerb(tokens, cue).lower)) return undefined;
  const object = sourceAfter(tokens, cue.last, limit);
  if (object) return object;
  const pronoun = tokens[cue.last];
  if (pronoun && /^(him|her|them|us|me|reporters|journalists)$/.test(pronoun.lower)) return { first: cue.last, last: cue.last + 1 };
  return undefined;
}

/** Whether a phrase names an organisation by its last word ("the State Department"). */
export const isOrganizationHead = (token: Token | undefined): boolean => token !== undefined && organizationHeads.has(token.lower);
