import type { IssueCategory, IssueNature } from "@diplo-brief/core";
import type { DraftEntity, EntityTable } from "./entities.js";
import type { ArticleDocument, Sentence, Token } from "./text/document.js";
import type { Range } from "./text/quotations.js";

export interface FoundIssue {
  readonly title: string;
  readonly summary: string;
  readonly nature: IssueNature;
  readonly category: IssueCategory;
  readonly parties: DraftEntity[];
  readonly evidence: Range[];
}

/**
 * Words that name what diplomacy is about, each with its category. An issue is a noun phrase
 * around one of them ("spy balloon", "commercial flights", "U.S. citizens detained"): topics, not
 * the talk about them, so "relations" and "talks" alone are not issues.
 */
const topics: ReadonlyMap<string, IssueCategory> = new Map(
  (
    [
      ["consular", "citizens detained detention detainees visa visas consular hostage hostages prisoners"],
      ["human-rights", "rights freedom freedoms repression persecution censorship dissident dissidents"],
      ["public-health", "fentanyl drug drugs narcotics opioid opioids pandemic covid vaccine vaccines precursors"],
      ["transport", "flight flights aviation shipping airline airlines airspace"],
      ["technology", "technology technologies chip chips semiconductor semiconductors cyber cybersecurity hacking ai"],
      ["trade", "trade tariff tariffs export exports import imports subsidies"],
      ["economy", "sanctions investment investments debt currency energy oil gas"],
      ["security", "military military-to-military nuclear missile missiles weapon weapons war troops balloon spy espionage surveillance security defense defence strait border conflict invasion ceasefire crisis"],
      ["diplomacy", "communication channels mechanisms embassy embassies ambassador ambassadors"],
    ] as const
  ).flatMap(([category, list]) => list.split(" ").map((word) => [word, category] as const)),
);
const disputeWords = /\b(?:tensions?|disputes?|differences|disagreements?|row|rift|friction|clash\w*|standoff|rivalry|accus\w*|protest\w*|frosty|alarming|spiral|conflict|against|refus\w*|reluctance|condemn\w*)\b/i;
const cooperationWords = /\b(?:cooperation|cooperate|agreement|agreed|deal|partnership|accord|progress|breakthrough|steer|manage|stabili[sz]\w*|mechanisms|channels)\b/i;
const concernWords = /\b(?:concerns?|worr\w*|fears?|alarm\w*|raise|raising|issue)\b/i;
// A topic's phrase is its nouns and adjectives: names around it ("Afghan Ambassador …") are parties, not the issue.
const phraseTags = new Set(["ADJ", "NOUN"]);

/**
 * What is at stake: noun phrases around topic words, one issue per topic word, the phrase it is
 * most often written in as its title, the sentences that mention it as evidence, the countries
 * of those sentences as parties. Fewer and right: at most eight, the most discussed first.
 */
export function findIssues(doc: ArticleDocument, table: EntityTable): FoundIssue[] {
  const byTopic = new Map<string, { category: IssueCategory; phrases: Map<string, number>; sentences: Sentence[]; first: number }>();
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.first, sentence.last);
    tokens.forEach((token, i) => {
      if (token.pos === "VERB" && token.lower !== "detained") return;
      const category = topics.get(token.lower);
      if (!category) return;
      const phrase = phraseAround(doc, tokens, i, (at) => table.countryAt(sentence.first + at, sentence.first + at + 1)?.demonym === true);
      const topic = token.lower.replace(/s$/, "");
      const entry = byTopic.get(topic) ?? { category, phrases: new Map<string, number>(), sentences: [], first: token.start };
      entry.phrases.set(phrase, (entry.phrases.get(phrase) ?? 0) + 1);
      if (!entry.sentences.includes(sentence)) entry.sentences.push(sentence);
      byTopic.set(topic, entry);
    });
  }
  const issues: (FoundIssue & { weight: number; first: number })[] = [];
  for (const [, entry] of byTopic) {
    const texts = entry.sentences.map((s) => doc.text.slice(s.start, s.end));
    const all = texts.join(" ");
    const charged = disputeWords.test(all) || concernWords.test(all) || cooperationWords.test(all);
    const title = [...entry.phrases].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? "";
    const nature: IssueNature = disputeWords.test(all) ? "dispute" : cooperationWords.test(all) ? "cooperation" : "concern";
    const firstSentence = (entry.sentences[0] as Sentence);
    issues.push({
      title: capitalize(title),
      summary: capitalize(doc.text.slice(firstSentence.start, firstSentence.end).replace(/\s+/g, " ")),
      nature,
      category: entry.category,
      parties: partiesOf(doc, entry.sentences, table),
      evidence: entry.sentences.slice(0, 4).map((s) => ({ start: s.start, end: s.end })),
      weight: entry.sentences.length + (charged ? 1 : 0),
      first: entry.first,
    });
  }
  // Two topic words of one phrase ("fentanyl precursors") make one issue.
  const kept: typeof issues = [];
  for (const issue of issues.sort((a, b) => b.weight - a.weight || a.first - b.first)) {
    if (kept.some((k) => k.title.toLowerCase().includes(issue.title.toLowerCase()) || issue.title.toLowerCase().includes(k.title.toLowerCase()))) continue;
    kept.push(issue);
  }
  return kept.slice(0, 8).map(({ weight: _w, first: _f, ...issue }) => issue);
}

/** The noun phrase a topic word stands in: the adjectives and nouns around it, and a participle after ("citizens detained"). */
/** The noun phrase a topic word stands in: the adjectives and nouns around it (a demonym too: "Chinese spy balloon"). */
function phraseAround(doc: ArticleDocument, tokens: readonly Token[], at: number, isDemonym: (at: number) => boolean): string {
  const inPhrase = (i: number): boolean => {
    const token = tokens[i] as Token;
    return phraseTags.has(token.pos) || token.text === "-" || (token.pos === "PROPN" && isDemonym(i));
  };
  let first = at;
  while (first > 0 && inPhrase(first - 1) && at - first < 3) first--;
  while (first < at && !/^[\p{L}\p{N}]/u.test((tokens[first] as Token).text)) first++;
  let last = at + 1;
  while (last < tokens.length && inPhrase(last) && last - at < 3) last++;
  while (last > at + 1 && !/[\p{L}\p{N}]$/u.test((tokens[last - 1] as Token).text)) last--;
  return doc.text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end).replace(/\s+/g, " ");
}

function partiesOf(doc: ArticleDocument, sentences: readonly Sentence[], table: EntityTable): DraftEntity[] {
  const parties = new Set<DraftEntity>();
  for (const sentence of sentences) {
    for (const { entity } of table.inSentence((doc.tokens[sentence.first] as Token).sentence)) {
      if (entity.kind === "country" || entity.kind === "organization") parties.add(entity);
    }
  }
  return [...parties].slice(0, 4);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
