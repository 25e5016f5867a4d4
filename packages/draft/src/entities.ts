import type { EntityKind } from "@diplo-brief/core";
import { allCountries, type Country } from "./text/countries.js";
import type { ArticleDocument, Token } from "./text/document.js";
import { organizationHeads, titleWords } from "./text/lexicon.js";
import { isNameWord, type TokenSpan } from "./text/phrases.js";

/** Where an entity is named: a run of tokens and its text. */
export interface Mention extends TokenSpan {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Role {
  readonly title: string;
  /** Key of the entity the role is held in. */
  readonly of?: string;
}

/** An entity as the drafter gathers it, before it becomes a brief's entity. */
export interface DraftEntity {
  readonly key: string;
  readonly kind: EntityKind;
  /** Every form of its name the article writes (without titles), in order of first appearance. */
  readonly forms: string[];
  readonly mentions: Mention[];
  readonly roles: Role[];
  readonly unnamed: boolean;
  /** For a country: its ISO code. */
  readonly country?: Country;
}

const calendarWords = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
);
// Capitalised words that are not people's names: dates, languages, and the heads of named things.
const notNameWords = new Set([
  ...calendarWords,
  ..."english french arabic spanish german russian mandarin cantonese portuguese".split(" "),
  ..."war crisis agreement accord treaty act law day games olympics cup talks forum initiative road belt program programme plan doctrine strategy conference".split(" "),
]);
const placeHeads = new Set("house palace hall square island islands sea strait river mountain mountains city province region peninsula bay gulf ocean airport street avenue valley".split(" "));
const placePrepositions = new Set(["in", "at", "to", "from", "near", "across", "over", "into"]);

interface CountryName {
  readonly country: Country;
  readonly demonym: boolean;
  readonly capital: boolean;
}

let countries: { byName: ReadonlyMap<string, CountryName>; longest: number } | undefined;

/** Every country's names, demonyms and capital, folded, built once: most articles name a few of them. */
function countryLookup(): { byName: ReadonlyMap<string, CountryName>; longest: number } {
  if (countries) return countries;
  const byName = new Map<string, CountryName>();
  let longest = 1;
  for (const country of allCountries()) {
    for (const name of country.names) byName.set(fold(name), { country, demonym: false, capital: false });
    for (const name of country.demonyms) byName.set(fold(name), { country, demonym: true, capital: false });
    if (country.capital && !byName.has(fold(country.capital))) byName.set(fold(country.capital), { country, demonym: false, capital: true });
    // Tokens split "U.S." and "D.P.R.K." further than spaces do: room for that.
    for (const name of [...country.names, ...country.demonyms]) longest = Math.max(longest, name.split(/\s+/).length + 2);
  }
  countries = { byName, longest };
  return countries;
}

/** The entities of an article, found by their names; speakers without names are added later. */
export class EntityTable {
  readonly #byKey = new Map<string, DraftEntity>();
  readonly #countries: ReadonlyMap<string, CountryName>;
  readonly #surnames = new Map<string, string>();
  readonly #seen = new Set<string>();
  readonly #aliases = new Map<string, string>();
  readonly #bySentence = new Map<number, { entity: DraftEntity; mention: Mention }[]>();
  readonly #longestCountryName: number;
  readonly doc: ArticleDocument;

  constructor(doc: ArticleDocument) {
    this.doc = doc;
    const lookup = countryLookup();
    this.#countries = lookup.byName;
    this.#longestCountryName = lookup.longest;
  }

  get entities(): DraftEntity[] {
    return [...this.#byKey.values()];
  }

  get(key: string): DraftEntity | undefined {
    return this.#byKey.get(key);
  }

  /** Adds a mention of an entity, making the entity on its first mention. */
  add(kind: EntityKind, key: string, mention: Mention, extra: { form?: string; unnamed?: boolean; country?: Country } = {}): DraftEntity {
    let entity = this.#byKey.get(key);
    if (!entity) {
      entity = { key, kind, forms: [], mentions: [], roles: [], unnamed: extra.unnamed ?? false, ...(extra.country ? { country: extra.country } : {}) };
      this.#byKey.set(key, entity);
    }
    const form = extra.form ?? this.doc.text.slice(mention.start, mention.end);
    if (!entity.forms.includes(form)) entity.forms.push(form);
    const seen = `${key}\u0000${mention.start}:${mention.end}`;
    if (!this.#seen.has(seen)) {
      this.#seen.add(seen);
      entity.mentions.push(mention);
      const inSentence = this.#bySentence.get(mention.sentence) ?? [];
      inSentence.push({ entity, mention });
      this.#bySentence.set(mention.sentence, inSentence);
    }
    return entity;
  }

  /** The mentions in a sentence, with their entities, in the order they were found. */
  inSentence(sentence: number): readonly { entity: DraftEntity; mention: Mention }[] {
    return this.#bySentence.get(sentence) ?? [];
  }

  mention(first: number, last: number): Mention {
    const tokens = this.doc.tokens;
    const a = tokens[first] as Token;
    const b = tokens[last - 1] as Token;
    return { first, last, start: a.start, end: b.end, sentence: a.sentence };
  }

  /** The country a run of tokens names (by name, alias, demonym or capital), the longest from `at`. */
  countryAt(at: number, limit: number): { country: Country; last: number; demonym: boolean; capital: boolean } | undefined {
    const tokens = this.doc.tokens;
    for (let last = Math.min(limit, at + this.#longestCountryName); last > at; last--) {
      const text = this.doc.text.slice((tokens[at] as Token).start, (tokens[last - 1] as Token).end);
      const found = this.#countries.get(fold(text));
      if (found) return { ...found, last };
    }
    return undefined;
  }

  #countryNamed(token: Token): boolean {
    return this.#countries.has(fold(token.text));
  }

  /** The person a surname or a full name stands for, if one was named. */
  personNamed(text: string): DraftEntity | undefined {
    const key = this.#surnames.get(fold(text)) ?? `person:${fold(text)}`;
    const entity = this.#byKey.get(key);
    return entity?.kind === "person" ? entity : undefined;
  }

  /** The person last named with a role of this title ("the Secretary" after "Secretary of State Marco Rubio"). */
  personTitled(title: string, before: number): DraftEntity | undefined {
    let best: { entity: DraftEntity; at: number } | undefined;
    for (const entity of this.#byKey.values()) {
      if (entity.kind !== "person" || !entity.roles.some((r) => fold(r.title).split(" ").includes(fold(title)))) continue;
      const at = Math.max(-1, ...entity.mentions.filter((m) => m.start < before).map((m) => m.start));
      if (at >= 0 && (!best || at > best.at)) best = { entity, at };
    }
    return best?.entity;
  }

  /** Finds every named entity: runs of capitalised words, read as countries, titles, people, organisations and places. */
  findNames(): void {
    const tokens = this.doc.tokens;
    const singles: TokenSpan[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i] as Token;
      const sentenceStart = i === 0 || (tokens[i - 1] as Token).sentence !== token.sentence;
      if (!isNameWord(token) || (sentenceStart && token.pos !== "PROPN") || token.pos === "VERB") {
        i++;
        continue;
      }
      let end = i + 1;
      for (;;) {
        const next = tokens[end];
        if (next && next.sentence === token.sentence && isNameWord(next)) end++;
        else if (next?.lower === "of" && (isNameWord(tokens[end + 1]) || /^\d+$/.test(tokens[end + 1]?.text ?? "")) && tokens[end + 1]?.sentence === token.sentence) end += 2;
        else break;
      }
      this.#readRun(i, end, singles);
      i = end;
    }
    // A lone name is a person named in full elsewhere ("Blinken"), or a place after "in" ("in Bali").
    for (const single of singles) {
      const text = this.#textOf(single);
      const person = this.personNamed(text);
      if (person) this.add("person", person.key, this.mention(single.first, single.last), { form: text });
      else if (placePrepositions.has(tokens[single.first - 1]?.lower ?? "")) this.add("place", `place:${fold(text)}`, this.mention(single.first, single.last));
    }
  }

  /** "Korean Central News Agency (KCNA)": the acronym in brackets is the organisation's alias from then on. */
  #acronymAfter(entity: DraftEntity, at: number): void {
    const tokens = this.doc.tokens;
    const acronym = tokens[at + 1];
    if (tokens[at]?.text !== "(" || tokens[at + 2]?.text !== ")" || !acronym || !/^\p{Lu}{2,8}$/u.test(acronym.text)) return;
    this.#aliases.set(fold(acronym.text), entity.key);
    this.add(entity.kind, entity.key, this.mention(at + 1, at + 2));
  }

  /** The key of the entity a name was declared an alias of, if it was. */
  #aliasKey(span: TokenSpan): string | undefined {
    return this.#aliases.get(fold(this.#textOf(span)));
  }

  #textOf(span: TokenSpan): string {
    const tokens = this.doc.tokens;
    return this.doc.text.slice((tokens[span.first] as Token).start, (tokens[span.last - 1] as Token).end);
  }

  #readRun(first: number, last: number, singles: TokenSpan[]): void {
    const tokens = this.doc.tokens;
    let i = first;
    let country: DraftEntity | undefined;
    while (i < last) {
      const found = this.countryAt(i, last);
      if (!found) break;
      const mention = this.mention(i, found.last);
      if (found.capital) this.add("place", `place:${found.country.code}:capital`, mention, { country: found.country });
      else country = this.add("country", `country:${found.country.code}`, mention, { country: found.country });
      i = found.last;
    }
    const titleStart = i;
    while (i < last && (titleWords.has((tokens[i] as Token).lower) || ((tokens[i] as Token).lower === "of" && i > titleStart))) i++;
    const rest: TokenSpan = { first: i, last };
    const all: TokenSpan = { first: titleStart, last };
    if (titleStart === last) return;
    const words = tokens.slice(all.first, all.last);
    const acronym = (t: Token) => /^\p{Lu}{2,8}$/u.test(t.text) && !this.#countryNamed(t);
    if (words.some((t) => organizationHeads.has(t.lower)) || tokens.slice(rest.first, rest.last).some(acronym)) {
      const organization = this.add("organization", this.#aliasKey(all) ?? `organization:${fold(this.#textOf(all))}`, this.mention(all.first, all.last), { form: this.#textOf(all) });
      this.#acronymAfter(organization, last);
      return;
    }
    if (rest.first === rest.last) return;
    const restWords = tokens.slice(rest.first, rest.last);
    if (restWords.some((t) => placeHeads.has(t.lower))) {
      this.add("place", `place:${fold(this.#textOf(rest))}`, this.mention(rest.first, rest.last));
      return;
    }
    if (restWords.some((t) => notNameWords.has(t.lower))) return;
    const titled = rest.first > titleStart;
    if (restWords.length === 1 && !titled) {
      singles.push(rest);
      return;
    }
    if (restWords.length > 4 || (!titled && restWords.some((t) => t.pos !== "PROPN"))) return;
    const name = this.#textOf(rest);
    const key = this.#surnames.get(fold(name)) ?? `person:${fold(name)}`;
    const entity = this.add("person", key, this.mention(titled ? titleStart : rest.first, rest.last), { form: name });
    if (restWords.length > 1) {
      // Either end may be the family name: "Blinken" of Antony Blinken, "Qin" of Qin Gang.
      this.#surnames.set(fold((restWords[restWords.length - 1] as Token).text), key);
      const given = fold((restWords[0] as Token).text);
      if (!this.#surnames.has(given)) this.#surnames.set(given, key);
    }
    if (titled) {
      const title = this.doc.text.slice((tokens[titleStart] as Token).start, (tokens[rest.first - 1] as Token).end);
      if (!entity.roles.some((r) => r.title === title)) entity.roles.push({ title, ...(country ? { of: country.key } : {}) });
    }
  }
}

/** Case and typography folded, for keys and look-ups. */
export const fold = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
