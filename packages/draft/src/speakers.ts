import type { FoundAttribution } from "./attributions.js";
import { type DraftEntity, type EntityTable, fold, type Mention } from "./entities.js";
import type { Token } from "./text/document.js";
import { organizationHeads, personPronouns, sourceNouns, subjectPronouns, titleWords, unnamedDeterminers } from "./text/lexicon.js";
import { lastWhere } from "./text/last-where.js";
import type { TokenSpan } from "./text/phrases.js";

/** Who an attribution is to, and the mention that names them for a reader of the quote's evidence. */
export interface Speaker {
  readonly entity: DraftEntity;
  /** When the source is a pronoun: the mention it refers back to, whose sentence the evidence must include. */
  readonly antecedent?: Mention;
}

const pluralHead = (word: string): boolean => /s$/.test(word) && !/ss$/.test(word);

/**
 * Resolves each attribution's source to an entity: a named person, organisation or country; a
 * pronoun to the speaker it refers back to; a description to an unnamed source, where "the
 * official" is the last official described and "a senior official" or "one U.S. official" is a
 * new one; a plural description ("U.S. officials") to a group.
 */
export class SpeakerResolver {
  readonly #table: EntityTable;
  readonly #recent: { entity: DraftEntity; sentence: number }[] = [];
  #unnamed = 0;

  constructor(table: EntityTable) {
    this.#table = table;
  }

  resolve(attribution: FoundAttribution, resolved: ReadonlyMap<FoundAttribution, Speaker>): Speaker | undefined {
    const source = attribution.source;
    if (!source) return attribution.continues ? resolved.get(attribution.continues) : undefined;
    const speaker = this.#fromSource(source);
    if (speaker) this.#recent.push({ entity: speaker.entity, sentence: this.#tokens[source.first]?.sentence ?? 0 });
    return speaker;
  }

  get #tokens(): readonly Token[] {
    return this.#table.doc.tokens;
  }

  #fromSource(source: TokenSpan): Speaker | undefined {
    const tokens = this.#tokens;
    const words = tokens.slice(source.first, source.last);
    const head = words[words.length - 1] as Token;
    const mention = this.#table.mention(source.first, source.last);
    if (words.length === 1 && subjectPronouns.has(head.lower)) return this.#antecedent(head);
    // "the Secretary": the person last named with that title.
    if (words.length === 2 && (words[0] as Token).lower === "the" && titleWords.has(head.lower) && /^\p{Lu}/u.test(head.text)) {
      const titled = this.#table.personTitled(head.text, head.start);
      if (titled) {
        this.#table.add("person", titled.key, mention, { form: this.#text(mention) });
        return { entity: titled };
      }
    }

    // A person or organisation named in it, even with an apposition after ("Fuad Basya, spokesman for the military").
    const named = this.#namedWithin(source);
    const describedHead = !/^\p{Lu}/u.test(head.text) && sourceNouns.has(head.lower);
    // A description: "a senior State Department official", "the official", "U.S. officials".
    if (describedHead && (!named || (named.kind !== "person" && named.kind !== "organization"))) return { entity: this.#described(source, words, head, mention) };

    if (named) {
      const entity = named.kind === "place" && named.country ? this.#table.add("country", `country:${named.country.code}`, mention, { country: named.country, form: this.#text(mention) }) : named;
      if (entity !== named) return { entity };
      this.#table.add(entity.kind, entity.key, mention, { form: entity.forms[0] as string });
      return { entity };
    }
    // A name the tables missed (one capitalised word before "said"): a person, unless it names an organisation.
    if (/^\p{Lu}/u.test(head.text)) {
      const kind = organizationHeads.has(head.lower) || /^\p{Lu}{2,}$/u.test(head.text) ? "organization" : "person";
      const start = words.findIndex((w) => /^\p{Lu}/u.test(w.text));
      const nameMention = this.#table.mention(source.first + Math.max(0, start), source.last);
      return { entity: this.#table.add(kind, `${kind}:${fold(this.#text(nameMention))}`, nameMention) };
    }
    return undefined;
  }

  #text(mention: Mention): string {
    return this.#table.doc.text.slice(mention.start, mention.end);
  }

  /** The named entity inside a source phrase: its person, else its organisation, else its country. */
  #namedWithin(source: TokenSpan): DraftEntity | undefined {
    const tokens = this.#tokens;
    const sentence = tokens[source.first]?.sentence ?? -1;
    // The phrase's head ends it, or ends the part before an apposition: in "a senior State
    // Department official" the department only describes; in "Fuad Basya, spokesman for …" it is Basya.
    let headEnd = source.first;
    while (headEnd < source.last && tokens[headEnd]?.text !== ",") headEnd++;
    const candidates = this.#table
      .inSentence(sentence)
      .filter(({ entity, mention }) => !entity.unnamed && mention.first >= source.first && mention.last <= source.last)
      .filter(({ entity, mention }) => entity.kind === "country" || entity.kind === "place" || mention.last === headEnd || mention.last === source.last)
      .map(({ entity }) => entity);
    for (const kind of ["person", "organization", "country", "place"] as const) {
      const found = candidates.filter((e) => e.kind === kind);
      if (found.length > 0) return found[found.length - 1];
    }
    return undefined;
  }

  #described(source: TokenSpan, words: readonly Token[], head: Token, mention: Mention): DraftEntity {
    const determiner = (words[0] as Token).lower;
    const description = this.#text(mention);
    if (pluralHead(head.lower) && !unnamedDeterminers.has(determiner)) {
      const form = determiner === "the" ? description.replace(/^the\s+/i, "") : description;
      return this.#table.add("group", `group:${fold(form)}`, mention, { form: description });
    }
    if (organizationHeads.has(head.lower) && head.lower !== "office") {
      // "the ministry": the organisation last named by that word; "the organization", "the group": the last named.
      const generic = /^(organi[sz]ation|group|company|agency|body)$/.test(head.lower);
      const existing =
        this.#latest((e) => e.kind === "organization" && e.forms.some((f) => fold(f).endsWith(head.lower))) ??
        this.#lastNamedBefore(head, (e) => e.kind === "organization" && !e.unnamed && (generic || e.forms.some((f) => fold(f).endsWith(head.lower))));
      if (existing && determiner === "the") return this.#table.add("organization", existing.key, mention, { form: description });
      return this.#table.add("organization", `organization:${fold(description)}`, mention, { form: description });
    }
    if (!unnamedDeterminers.has(determiner)) {
      // "the official": the last unnamed source described by the same noun.
      const earlier = this.#latest((e) => e.unnamed && e.forms.some((f) => fold(f).endsWith(head.lower)));
      if (earlier) return this.#table.add(earlier.kind, earlier.key, mention, { form: description });
    }
    this.#unnamed++;
    return this.#table.add("person", `unnamed:${this.#unnamed}`, mention, { form: description, unnamed: true });
  }

  /** The entity passing `test` named last before `token`, within five sentences. */
  #lastNamedBefore(token: Token, test: (entity: DraftEntity) => boolean): DraftEntity | undefined {
    for (let s = token.sentence; s >= Math.max(0, token.sentence - 5); s--) {
      const before = this.#table.inSentence(s).filter(({ entity, mention }) => test(entity) && mention.end <= token.start);
      const last = before.sort((a, b) => b.mention.end - a.mention.end)[0];
      if (last) return last.entity;
    }
    return undefined;
  }

  #latest(test: (entity: DraftEntity) => boolean): DraftEntity | undefined {
    for (let i = this.#recent.length - 1; i >= 0; i--) {
      const entity = (this.#recent[i] as { entity: DraftEntity }).entity;
      if (test(entity)) return entity;
    }
    return undefined;
  }

  /** The nearest organisation, country or group before `pronoun`, within three sentences, that a verb follows. */
  #subjectBefore(pronoun: Token, fits: (e: DraftEntity) => boolean): DraftEntity | undefined {
    const tokens = this.#tokens;
    for (let s = pronoun.sentence; s >= Math.max(0, pronoun.sentence - 3); s--) {
      const subjects = this.#table
        .inSentence(s)
        .filter(({ entity, mention }) => fits(entity) && mention.end <= pronoun.start && /^(VERB|AUX)$/.test(tokens[mention.last]?.pos ?? ""))
        .sort((a, b) => b.mention.end - a.mention.end);
      if (subjects[0]) return subjects[0].entity;
    }
    return undefined;
  }

  /**
   * "he" or "she": the last person quoted within three sentences, else the nearest person named
   * before. "it", "they", "we": the last speaker quoted within three sentences, else the nearest
   * body named as the subject of a verb: a nearer name is as often the object of a statement as
   * its author ("We commend the government of Syria").
   */
  #antecedent(pronoun: Token): Speaker | undefined {
    const person = personPronouns.has(pronoun.lower);
    const fits = (e: DraftEntity) => (person ? e.kind === "person" : e.kind !== "person" || e.unnamed);
    const recent = lastWhere(this.#recent, (r) => fits(r.entity) && pronoun.sentence - r.sentence <= 3);
    if (!person) return this.#withAntecedent(recent?.entity ?? this.#subjectBefore(pronoun, fits), pronoun);
    let nearest: { entity: DraftEntity; mention: Mention } | undefined;
    for (let s = pronoun.sentence; s >= Math.max(0, pronoun.sentence - 3) && !nearest; s--) {
      const before = this.#table.inSentence(s).filter(({ entity, mention }) => fits(entity) && !entity.unnamed && mention.end <= pronoun.start);
      nearest = before.sort((a, b) => b.mention.end - a.mention.end)[0];
    }
    return this.#withAntecedent(recent?.entity ?? nearest?.entity, pronoun);
  }

  /** The speaker with the last mention naming them before the pronoun, whose sentence the quote's evidence needs. */
  #withAntecedent(entity: DraftEntity | undefined, pronoun: Token): Speaker | undefined {
    if (!entity) return undefined;
    const named = entity.mentions.filter((m) => m.end <= pronoun.start).at(-1);
    return { entity, ...(named ? { antecedent: named } : {}) };
  }
}
