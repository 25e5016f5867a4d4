import type { Brief, Entity, EntityKind, Event, EventKind, EventStatus, Evidence, Issue, IssueCategory, IssueNature, Quote } from "@diplo-brief/core";

export interface GenerateBriefOptions {
  /** Total items: entities + issues + quotes + events. */
  readonly items: number;
  /** Same seed and items, same brief, byte for byte. */
  readonly seed: number;
}

export interface ItemCounts {
  readonly entities: number;
  readonly issues: number;
  readonly quotes: number;
  readonly events: number;
}

/**
 * mulberry32: tiny, fast and good enough to vary test data. Math.random cannot be seeded, and a
 * benchmark must draw the same brief every run so figures compare across runs and machines.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How `items` split across the collections, close to what news briefs hold (the seed brief has
 * 29 entities, 15 issues, 14 quotes, 19 events): about 30% entities, 10% issues, 35% quotes and
 * 25% events. Any non-empty brief has an entity first, since quotes need a speaker.
 */
export function splitItems(items: number): ItemCounts {
  const n = Math.max(0, Math.trunc(items));
  if (n === 0) return { entities: 0, issues: 0, quotes: 0, events: 0 };
  const entities = Math.max(1, Math.round(n * 0.3));
  const issues = Math.min(Math.round(n * 0.1), n - entities);
  const quotes = Math.min(Math.round(n * 0.35), n - entities - issues);
  return { entities, issues, quotes, events: n - entities - issues - quotes };
}

// Roughly the seed brief's mix: mostly people, then countries, organisations, places, groups.
const kindPattern: readonly EntityKind[] = [
  "person", "country", "person", "organization", "person", "place", "person", "country", "person", "group",
  "person", "organization", "person", "country", "person", "place", "person", "group", "person", "person",
];

const syllables = [
  "ka", "lor", "ven", "mir", "ta", "dor", "sel", "an", "ru", "vi", "mo", "len",
  "ar", "is", "tel", "bra", "no", "quel", "zan", "fi", "go", "ber", "sha", "ul",
];
const firstNames = [
  "Anna", "Tomas", "Leila", "Kenji", "Marta", "Samuel", "Ines", "Viktor", "Amara", "Yusuf", "Elena", "Oskar",
  "Priya", "Daniel", "Mei", "Rafael", "Nadia", "Henrik", "Sofia", "Kwame", "Lucia", "Arjun", "Hana", "Pavel",
  "Zainab", "Mateo", "Ingrid", "Omar", "Chloe", "Dmitri", "Ayesha", "Felix",
];
const countryEndings = ["ia", "a", "land", "istan", "ora", "ay"];
const orgTypes = ["Council", "Commission", "Union", "Agency", "Forum", "Alliance", "Bank", "Organisation"];
const orgFields = ["Trade", "Maritime", "Energy", "Security", "Development", "Health", "Water", "Transport"];
const placeForms = ["{}", "Port {}", "{} Strait", "{} Island", "{} Valley", "Lake {}"];
const groupForms = ["officials in {}", "diplomats from {}", "analysts in {}", "lawmakers in {}", "business leaders in {}"];
const personTitles = ["Foreign Minister", "President", "Prime Minister", "Trade Minister", "Defence Minister", "ambassador", "envoy"];
const orgTitles = ["Secretary-General", "spokesperson", "chair"];
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const undatedTimes = [
  "on Sunday", "on Monday", "on Tuesday", "on Friday", "later in the year", "next month", "in the coming weeks",
  "last week", "earlier this year", "in November", "next spring", "within days",
];
const natures: readonly IssueNature[] = ["dispute", "dispute", "cooperation", "concern"];
const categoryTopics: Record<IssueCategory, readonly string[]> = {
  security: ["military drills near {place}", "border patrols along {place}", "arms sales to {country}"],
  diplomacy: ["the reopening of embassies", "recognition of {country}", "channels of communication"],
  economy: ["debt relief for {country}", "currency controls", "investment screening"],
  trade: ["tariffs on steel", "export controls on chips", "fishing rights in {place}"],
  technology: ["semiconductor supply chains", "data flows", "satellite launches"],
  "human-rights": ["the detention of journalists", "press freedom in {country}", "the treatment of minorities"],
  consular: ["detained nationals", "visa restrictions", "consular access"],
  "public-health": ["vaccine supplies", "disease surveillance", "drug trafficking"],
  transport: ["flights between the capitals", "shipping lanes through {place}", "a new rail link"],
  other: ["climate finance", "cultural exchanges", "student visas"],
};
const categories = Object.keys(categoryTopics) as IssueCategory[];
const positions = ["wants talks resumed", "rejects the proposal", "calls for restraint", "seeks guarantees", "supports a phased approach"];
const statuses: readonly EventStatus[] = ["occurred", "occurred", "occurred", "ongoing", "scheduled", "expected", "possible", "postponed", "cancelled"];
const directCues = ["said", "told reporters", "added", "said in a statement", "wrote on social media"];
const indirectCues = ["said", "told reporters", "argued", "insisted", "warned"];
const quoteOpeners = ["We", "Both sides", "Our partners", "All of us", "The people of this region", "Governments here"];
const quoteVerbs = ["will not accept", "want to see", "are ready to discuss", "cannot ignore", "remain committed to", "will keep pressing for"];
const quoteObjects = [
  "a lasting settlement", "open channels of communication", "any further escalation", "a fair deal on {issue}",
  "real progress on {issue}", "a return to the table",
];
const quoteTails = ["", " in the coming months", ", and we will say so plainly", " whatever it takes", ", as we have said before"];
const paraphrases = [
  "the talks had been constructive", "no agreement was close", "the two sides had narrowed their differences on {issue}",
  "further sanctions were not ruled out", "a visit could follow within weeks", "the proposal on {issue} was unacceptable",
];
const fillers = [
  "Relations have swung between thaw and tension for more than a decade.",
  "Neither side published an agenda in advance.",
  "The talks come at a sensitive moment for the region.",
  "Diplomats cautioned against expecting a breakthrough.",
  "Markets reacted calmly to the news.",
  "Previous rounds ended without a joint statement.",
];

interface KindForms {
  readonly base: string;
  readonly past: string;
  readonly progressive: string;
  readonly title: string;
  readonly cameo?: string;
}
// {o} is another participant, {p} the place, {i} an issue, {s} the subject's name.
const eventForms: Record<EventKind, KindForms> = {
  visit: { base: "visit {p}", past: "visited {p}", progressive: "is visiting {p}", title: "{s} visits {p}", cameo: "042" },
  meeting: { base: "meet {o}", past: "met {o}", progressive: "is meeting {o}", title: "{s} meets {o}", cameo: "040" },
  talks: { base: "hold talks with {o}", past: "held talks with {o}", progressive: "is holding talks with {o}", title: "Talks between {s} and {o}", cameo: "040" },
  summit: { base: "attend a summit in {p}", past: "attended a summit in {p}", progressive: "is attending a summit in {p}", title: "Summit in {p}", cameo: "044" },
  statement: { base: "issue a statement on {i}", past: "issued a statement on {i}", progressive: "is drafting a statement on {i}", title: "{s} statement on {i}", cameo: "010" },
  "press-conference": { base: "hold a press conference in {p}", past: "held a press conference in {p}", progressive: "is holding a press conference in {p}", title: "{s} press conference in {p}", cameo: "010" },
  incident: { base: "be drawn into a stand-off near {p}", past: "was drawn into a stand-off near {p}", progressive: "is caught in a stand-off near {p}", title: "Stand-off near {p}" },
  "leadership-change": { base: "take office", past: "took office", progressive: "is taking office", title: "{s} takes office" },
  other: { base: "sign an agreement with {o}", past: "signed an agreement with {o}", progressive: "is signing an agreement with {o}", title: "Agreement between {s} and {o}", cameo: "057" },
};
// Incidents and changes of office are not planned, postponed or cancelled in the way visits are.
const kindsFor = (status: EventStatus): readonly EventKind[] =>
  status === "occurred" || status === "ongoing" || status === "possible"
    ? ["visit", "meeting", "talks", "summit", "statement", "press-conference", "incident", "leadership-change", "other", "visit", "talks"]
    : ["visit", "meeting", "talks", "summit", "press-conference", "other", "visit"];

/** A sentence of the article body. */
interface Sentence {
  readonly text: string;
  /** Starts a new paragraph. */
  readonly paragraph: boolean;
}

interface Draft<T> {
  item: T;
  /** Where the item's first sentence goes, 0..1 through the article. */
  position: number;
  sentence: string;
  /** Indices into the sentence list, filled in when the article is laid out. */
  spans: number[];
}

type DraftEntity = Omit<Entity, "evidence">;
type DraftIssue = Omit<Issue, "evidence">;
type DraftQuote = Omit<Quote, "evidence">;
type DraftEvent = Omit<Event, "evidence">;

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w*)\}/g, (_, key: string) => values[key] ?? "");

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "item";

/**
 * A valid, grounded brief of `items` items over a generated article, the same for the same
 * arguments. Every evidence span is a whole sentence of the article that names its item: an
 * entity by its name or alias, a quote with its words and cue, an event with its time as written.
 */
export function generateBrief({ items, seed }: GenerateBriefOptions): Brief {
  const random = mulberry32(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const counts = splitItems(items);

  const usedNames = new Set<string>();
  const usedIds = new Set<string>();
  const uniqueId = (base: string): string => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const root = (parts: number): string => capitalize(Array.from({ length: parts }, () => pick(syllables)).join(""));
  // Generated names rarely collide; when they do, one more syllable makes a new one.
  const uniqueName = (make: (extra: number) => string): string => {
    for (let extra = 0; ; extra++) {
      const name = make(Math.floor(extra / 4));
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  // Entities. Countries are named before people so roles can point at them.
  const kinds = Array.from({ length: counts.entities }, (_, i) => kindPattern[i % kindPattern.length] as EntityKind);
  const countries: { id: string; name: string; capital: string }[] = [];
  const organizations: { id: string; name: string }[] = [];
  const places: { id: string; name: string }[] = [];
  const entityDrafts: Draft<DraftEntity>[] = new Array<Draft<DraftEntity>>(counts.entities);

  kinds.forEach((kind, i) => {
    if (kind !== "country") return;
    const name = uniqueName((extra) => `${root(2 + extra)}${pick(countryEndings)}`);
    const capital = uniqueName((extra) => root(2 + extra));
    const id = uniqueId(slug(name));
    countries.push({ id, name, capital });
    const sentence = pick([
      `${name} has been at odds with its neighbours for years.`,
      `The government of ${name} in ${capital} has pressed for a new framework.`,
      `${name} sent a large delegation to the talks.`,
    ]);
    entityDrafts[i] = {
      item: { id, kind, name, aliases: [capital], roles: [], ...(chance(0.3) ? { sameAs: [`https://example.org/countries/${slug(name)}`] } : {}) },
      position: (i / Math.max(1, counts.entities)) * 0.85,
      sentence,
      spans: [],
    };
  });

  const countryNear = (): { id: string; name: string; capital: string } | undefined => (countries.length > 0 ? pick(countries) : undefined);

  kinds.forEach((kind, i) => {
    if (kind === "country") return;
    const position = (i / Math.max(1, counts.entities)) * 0.85;
    const country = countryNear();
    const where = country?.capital ?? "the capital";
    let item: DraftEntity;
    let sentence: string;
    switch (kind) {
      case "person": {
        if (i > 0 && chance(0.1)) {
          const name = uniqueName((extra) => `a senior official in ${extra > 0 ? root(2 + extra) : where}`);
          item = { id: uniqueId(slug(name)), kind, name, unnamed: true, aliases: [], roles: [] };
          // Names are matched case-sensitively, so a lower-case description never opens a sentence.
          sentence = `The account came from ${name}, who spoke on condition of anonymity.`;
          break;
        }
        const surname = root(2 + int(2));
        const name = uniqueName((extra) => `${pick(firstNames)} ${extra > 0 ? `${root(1 + extra)}-` : ""}${surname}`);
        const organization = organizations.length > 0 && chance(0.2) ? pick(organizations) : undefined;
        const title = organization ? pick(orgTitles) : pick(personTitles);
        const of = organization ?? country;
        item = {
          id: uniqueId(slug(name)),
          kind,
          name,
          aliases: [name.slice(name.lastIndexOf(" ") + 1)],
          roles: [{ title, ...(of ? { of: of.id } : {}) }],
          ...(chance(0.4) ? { description: `A veteran of ${pick(["trade", "security", "climate", "border"])} negotiations.` } : {}),
          ...(chance(0.2) ? { sameAs: [`https://example.org/people/${slug(name)}`] } : {}),
        };
        sentence = of
          ? pick([
              `${capitalize(title)} ${name} of ${of.name} joined the delegation.`,
              `${name}, ${of.name}'s ${title}, has led the talks since ${1990 + int(35)}.`,
              `${of.name}'s ${title}, ${name}, arrived ${pick(["late", "early", "on time"])} for the first session.`,
            ])
          : `${capitalize(title)} ${name} joined the delegation.`;
        break;
      }
      case "organization": {
        const name = uniqueName((extra) => `${root(2 + extra)} ${pick(orgFields)} ${pick(orgTypes)}`);
        const acronym = name
          .split(" ")
          .map((word) => word.charAt(0))
          .join("");
        item = { id: uniqueId(slug(name)), kind, name, aliases: [acronym], roles: [] };
        organizations.push({ id: item.id, name });
        sentence = `The ${name} (${acronym}) has called for restraint.`;
        break;
      }
      case "place": {
        const name = uniqueName((extra) => fill(pick(placeForms), { "": root(2 + extra) }));
        item = { id: uniqueId(slug(name)), kind, name, aliases: [], roles: [] };
        places.push({ id: item.id, name });
        sentence = pick([`Security was tight in ${name} ahead of the meeting.`, `${name} has become a symbol of the dispute.`]);
        break;
      }
      case "group": {
        const name = uniqueName((extra) => fill(pick(groupForms), { "": extra > 0 ? root(2 + extra) : where }));
        item = { id: uniqueId(slug(name)), kind, name, aliases: [], roles: [] };
        sentence = `Meanwhile, ${name} spoke of cautious optimism.`;
        break;
      }
      default:
        throw new Error(`unexpected entity kind ${kind}`);
    }
    entityDrafts[i] = { item, position, sentence, spans: [] };
  });
  const people = entityDrafts.filter((draft) => draft.item.kind === "person");
  const actors = entityDrafts.filter((draft) => draft.item.kind === "person" || draft.item.kind === "country");
  const locations = [...places, ...countries];
  const refer = (entity: DraftEntity): string => (entity.aliases[0] !== undefined && chance(0.6) ? (entity.aliases[0] as string) : entity.name);

  // Issues
  const issueDrafts: Draft<DraftIssue>[] = [];
  for (let j = 0; j < counts.issues; j++) {
    const category = pick(categories);
    const nature = pick(natures);
    const title = capitalize(
      fill(pick(categoryTopics[category]), { place: locations.length > 0 ? pick(locations).name : "the strait", country: countryNear()?.name ?? "the region" }),
    );
    const parties = Array.from({ length: Math.min(entityDrafts.length, 1 + int(3)) }, () => pick(entityDrafts).item);
    const unique = [...new Map(parties.map((party) => [party.id, party])).values()];
    const names = unique.map((party) => party.name);
    const subject = names.length === 0 ? "The two sides" : names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(", ")} and ${names.at(-1) as string}`;
    const topic = title.charAt(0).toLowerCase() + title.slice(1);
    const sentence =
      nature === "dispute"
        ? `${subject} ${unique.length === 1 ? "remains" : "remain"} divided over ${topic}.`
        : nature === "cooperation"
          ? `${subject} agreed to work together on ${topic}.`
          : `${subject} voiced concern about ${topic}.`;
    issueDrafts.push({
      item: {
        id: uniqueId(`issue-${j + 1}`),
        title,
        summary: `${capitalize(nature)} over ${topic}.`,
        nature,
        category,
        parties: unique.map((party) => ({ entity: party.id, ...(chance(0.4) ? { position: pick(positions) } : {}) })),
      },
      position: (j + 0.5) / counts.issues,
      sentence: capitalize(sentence),
      spans: [],
    });
  }
  const issueTopic = (): { id?: string; topic: string } => {
    if (issueDrafts.length === 0) return { topic: "the dispute" };
    const issue = pick(issueDrafts).item;
    return { id: issue.id, topic: issue.title.charAt(0).toLowerCase() + issue.title.slice(1) };
  };

  // Events, spread over 35 years, future ones after the article's date.
  const publishedYear = 2025;
  const eventDrafts: Draft<DraftEvent>[] = [];
  for (let k = 0; k < counts.events; k++) {
    const status = pick(statuses);
    const kind = pick(kindsFor(status));
    const forms = eventForms[kind];
    const subject = actors.length > 0 ? pick(actors).item : undefined;
    const other = actors.length > 1 ? pick(actors.filter((draft) => draft.item !== subject)).item : undefined;
    const place = locations.length > 0 ? pick(locations) : undefined;
    const issue = issueTopic();
    const s = subject?.name ?? "The delegation";
    const values = { s, o: other?.name ?? "its partners", p: place?.name ?? "the region", i: issue.topic };
    const future = status === "scheduled" || status === "expected" || status === "possible" || status === "postponed";
    const timing = random();
    let when: Event["when"];
    if (timing < 0.6) {
      const year = future ? publishedYear + int(3) : 1990 + int(publishedYear - 1990 + 1);
      const month = 1 + int(12);
      const day = 1 + int(28);
      const precision = random();
      const monthName = months[month - 1] as string;
      const mm = String(month).padStart(2, "0");
      when =
        precision < 0.3
          ? { text: `on ${day} ${monthName} ${year}`, date: { value: `${year}-${mm}-${String(day).padStart(2, "0")}`, basis: "stated" } }
          : precision < 0.7
            ? { text: `in ${monthName} ${year}`, date: { value: `${year}-${mm}`, basis: "stated" } }
            : { text: `in ${year}`, date: { value: String(year), basis: "stated" } };
    } else if (timing < 0.9) {
      when = { text: pick(undatedTimes) };
    }
    const verb =
      status === "occurred"
        ? forms.past
        : status === "ongoing"
          ? forms.progressive
          : status === "scheduled"
            ? `is scheduled to ${forms.base}`
            : status === "expected"
              ? `is expected to ${forms.base}`
              : status === "possible"
                ? `could ${forms.base}`
                : status === "postponed"
                  ? `postponed plans to ${forms.base}`
                  : `cancelled plans to ${forms.base}`;
    const sentence = `${capitalize(s)} ${fill(verb, values)}${when ? ` ${when.text}` : ""}.`;
    const participants = [subject, other].flatMap((entity) => (entity && (forms.base.includes("{o}") || entity === subject) ? [entity.id] : []));
    eventDrafts.push({
      item: {
        id: uniqueId(`event-${k + 1}`),
        title: capitalize(fill(forms.title, values)),
        kind,
        status,
        ...(when ? { when } : {}),
        ...(place && (forms.base.includes("{p}") || chance(0.3)) ? { place: place.id } : {}),
        participants,
        issues: issue.id && (kind === "statement" || chance(0.5)) ? [issue.id] : [],
        ...(forms.cameo && chance(0.7) ? { cameo: forms.cameo } : {}),
      },
      position: (k + 0.3) / counts.events,
      sentence,
      spans: [],
    });
  }

  // Quotes: a third of the people do the talking, so each speaker has several.
  const speakers = people.slice(0, Math.max(1, Math.ceil(people.length / 3)));
  const quoteDrafts: (Draft<DraftQuote> & { speaker: Draft<DraftEntity> })[] = [];
  for (let q = 0; q < counts.quotes; q++) {
    const speaker = pick(speakers);
    const issue = issueTopic();
    const ref = refer(speaker.item);
    const direct = chance(0.6);
    let text: string;
    let cue: string;
    let sentence: string;
    // A lower-case reference ("a senior official in …") must not be capitalised: names are matched exactly.
    const opensSentence = ref.charAt(0) === ref.charAt(0).toUpperCase();
    if (direct) {
      cue = pick(directCues);
      text = `${pick(quoteOpeners)} ${pick(quoteVerbs)} ${fill(pick(quoteObjects), { issue: issue.topic })}${pick(quoteTails)}`;
      sentence = opensSentence && chance(0.5) ? `${ref} ${cue}: \u201C${text}.\u201D` : `\u201C${text},\u201D ${ref} ${cue}.`;
    } else {
      cue = pick(indirectCues);
      text = fill(pick(paraphrases), { issue: issue.topic });
      sentence = opensSentence ? `${ref} ${cue} that ${text}.` : `In remarks to the press, ${ref} ${cue} that ${text}.`;
    }
    const settingPlace = locations.length > 0 && chance(0.5) ? { place: pick(locations).id } : {};
    const event = eventDrafts.length > 0 && chance(0.2) ? pick(eventDrafts).item : undefined;
    quoteDrafts.push({
      item: {
        id: uniqueId(`quote-${q + 1}`),
        speaker: speaker.item.id,
        mode: direct ? "direct" : "indirect",
        text,
        cue,
        ...(chance(0.3) ? { setting: { occasion: "a press conference", audience: "reporters", ...settingPlace } } : {}),
        ...(event ? { event: event.id } : {}),
        issues: issue.id ? [issue.id] : [],
      },
      // After the speaker is introduced, and otherwise spread through the article.
      position: Math.max((q + 0.6) / counts.quotes, speaker.position + 0.001),
      sentence,
      spans: [],
      speaker,
    });
  }

  // Lay the article out in reading order; ties keep the order items were drawn in.
  const drafts: Draft<unknown>[] = [...entityDrafts, ...issueDrafts, ...eventDrafts, ...quoteDrafts];
  const order = drafts.map((draft, index) => ({ draft, index })).sort((a, b) => a.draft.position - b.draft.position || a.index - b.index);
  const sentences: Sentence[] = [];
  let sinceBreak = 0;
  for (const { draft } of order) {
    const paragraph = sentences.length === 0 || sinceBreak >= 1 + int(4);
    sinceBreak = paragraph ? 1 : sinceBreak + 1;
    draft.spans.push(sentences.length);
    sentences.push({ text: draft.sentence, paragraph });
    if (chance(0.12)) {
      sentences.push({ text: pick(fillers), paragraph: false });
      sinceBreak++;
    }
  }
  // The first quote of a speaker names them too: a second span, as briefs of real articles have.
  const quoted = new Set<Draft<DraftEntity>>();
  for (const quote of quoteDrafts) {
    if (quoted.has(quote.speaker)) continue;
    quoted.add(quote.speaker);
    quote.speaker.spans.push(quote.spans[0] as number);
  }

  const headline =
    countries.length >= 2
      ? `${(countries[0] as { name: string }).name} and ${(countries[1] as { name: string }).name} resume talks amid frosty ties`
      : "Diplomats meet amid frosty ties and dim hopes for progress";
  const day = 1 + int(28);
  const month = 1 + int(12);
  const published = `${publishedYear}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const dateline = `${day} ${months[month - 1] as string} ${publishedYear}`;
  let text = `| ${dateline} |\n\n${headline}\n\n`;
  if (sentences.length === 0) text += "Officials met briefly and said nothing of substance.";
  const ranges: { start: number; end: number }[] = [];
  sentences.forEach((sentence, i) => {
    if (i > 0) text += sentence.paragraph ? "\n\n" : " ";
    ranges.push({ start: text.length, end: text.length + sentence.text.length });
    text += sentence.text;
  });
  const evidence = (spans: readonly number[]): Evidence[] =>
    spans.map((index) => {
      const range = ranges[index] as { start: number; end: number };
      return { start: range.start, end: range.end, text: text.slice(range.start, range.end) };
    });
  const withEvidence = <T>(list: readonly Draft<T>[]): (T & { evidence: Evidence[] })[] =>
    list.map((draft) => ({ ...draft.item, evidence: evidence(draft.spans) }));

  return {
    schemaVersion: "1.0",
    article: {
      headline,
      dateline,
      published,
      source: "Generated Wire",
      language: "en",
      url: `https://example.org/articles/${seed}-${counts.entities + counts.issues + counts.quotes + counts.events}`,
      text,
    },
    summary: `A generated brief of ${items} items for benchmarks: ${counts.entities} entities, ${counts.issues} issues, ${counts.quotes} quotes and ${counts.events} events.`,
    entities: withEvidence(entityDrafts),
    issues: withEvidence(issueDrafts),
    quotes: withEvidence(quoteDrafts.map(({ speaker: _speaker, ...draft }) => draft)),
    events: withEvidence(eventDrafts),
  };
}
