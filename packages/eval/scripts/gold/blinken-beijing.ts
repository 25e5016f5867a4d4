// The seed's gold brief is core's hand-made brief of the Reuters article, upgraded to format 1.1:
// every quote gets its attribution spans (and a cue without its audience: "told", not "told
// reporters"), and the attributions the 1.0 brief left out are added beside the quote they sit in.
import type { Brief, Quote } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { type AttributionSpec, buildQuote, PROVENANCE } from "../gold-spec.js";
import { ArticleText, type Ref } from "../span.js";

type Spans = Pick<AttributionSpec, "content" | "cue" | "source">;

const existing: Record<string, Spans> = {
  "hua-tweet": {
    source: ["Chinese assistant foreign minister Hua Chunying"],
    cue: "tweeted",
    content: ["“Hope this meeting can help steer China-U.S. relations back to what the two Presidents agreed upon in Bali”"],
  },
  "qin-small-talk": { source: [["Qin", "Qin asking"]], cue: "asking", content: ["about his long trip from Washington"] },
  "officials-play-down": {
    source: [["U.S. officials", "U.S. officials have since last week"]],
    cue: ["said", "but said Blinken’s primary goal"],
    content: ["Blinken’s primary goal was to establish open and durable communication channels to ensure strategic rivalry between the two countries does not spiral into conflict"],
  },
  "officials-analysts-expect": {
    source: ["U.S. officials and analysts"],
    cue: ["expect", "analysts expect"],
    content: [
      "Blinken’s visit will pave the way for more bilateral meetings between Washington and Beijing in coming months, including possible trips by Treasury Secretary Janet Yellen and Commerce Secretary Gina Raimondo",
    ],
  },
  "biden-balloon": {
    source: [["Biden", "Biden said he did not think"]],
    cue: ["said", "Biden said he did not think"],
    content: ["he did not think the Chinese leadership knew much about where the balloon was or what it did"],
  },
  "biden-hopes-to-meet-xi": { source: [["Biden", "Biden said he did not think"]], cue: "adding", content: ["that he hoped to meet Xi soon"] },
  "biden-hoping": {
    source: [["Biden", "along,” Biden said"]],
    cue: ["said", "along,” Biden said"],
    content: [
      "“I’m hoping that, over the next several months, I’ll be meeting with Xi again and talking about legitimate differences we have but also how there’s areas we can get along,”",
    ],
  },
  "official-recognition": {
    source: ["a senior State Department official"],
    cue: ["told", "official told reporters"],
    content: ["“There’s a recognition on both sides that we do need to have senior-level channels of communication,”"],
  },
  "official-important-point": {
    source: [["the official", "the official said"]],
    cue: ["said", "the official said"],
    content: [
      "“That we are at an important point in the relationship where I think reducing the risk of miscalculation, or as our Chinese friends often say, stopping the downward spiral in the relationship, is something that’s important,”",
    ],
  },
  "blinken-objectives": {
    source: [["Blinken", "Blinken said his trip"]],
    cue: ["said", "Blinken said his trip"],
    content: [
      "his trip had three main objectives: Setting up mechanisms for crisis management, advancing U.S. and allies’ interests and speaking directly about related concerns, and exploring areas of potential cooperation",
    ],
  },
  "blinken-detained-citizens": {
    source: [["He", "He said he would"]],
    cue: ["said", "He said he would"],
    content: ["he would also be raising the issue of U.S. citizens detained in China on charges Washington says are politically motivated"],
  },
  "washington-charges": {
    source: [["Washington", "charges Washington says"]],
    cue: ["says", "Washington says"],
    content: [["charges", "on charges Washington"], "are politically motivated"],
  },
  "officials-flights-fentanyl": {
    source: [["U.S. officials", "U.S. officials have said"]],
    cue: "have said",
    content: ["Blinken and his delegation will also likely discuss increasing commercial flights between the two countries and stemming the flow of fentanyl precursors from China"],
  },
  "us-official-both-sides": {
    source: ["one U.S. official"],
    cue: ["said", "one U.S. official said"],
    content: ["“Both sides are well aware of the current state of the bilateral relationship. We’re coming here in an effort to make sure that we can manage it responsibly,”"],
  },
};

/** Attributions the 1.0 brief missed, each placed after the quote it shares a sentence with. */
const added: readonly (AttributionSpec & { readonly after: string })[] = [
  {
    after: "officials-play-down",
    id: "officials-play-down-breakthrough",
    speaker: "us-officials",
    source: [["U.S. officials", "U.S. officials have since last week"]],
    cue: "played down",
    content: ["the prospect of a major breakthrough during the trip"],
    text: "A major breakthrough during the trip is unlikely.",
  },
  {
    after: "official-important-point",
    id: "chinese-friends-downward-spiral",
    speaker: "china",
    mode: "indirect",
    source: ["our Chinese friends"],
    cue: "often say",
    content: ["stopping the downward spiral in the relationship"],
    text: "The downward spiral in the relationship must be stopped.",
    issues: ["communication-channels"],
  },
  {
    after: "officials-flights-fentanyl",
    id: "officials-caution",
    speaker: "us-officials",
    source: [["U.S. officials", "U.S. officials have said"]],
    cue: "cautioned",
    content: ["against high expectations of success"],
    text: "Expectations of success for the talks on flights and fentanyl should not be high.",
    issues: ["commercial-flights", "fentanyl"],
  },
];

export function buildSeed(): Brief {
  const seed = structuredClone(blinkenBeijing);
  const article = new ArticleText(seed.article.text);
  const quotes: Quote[] = [];
  for (const quote of seed.quotes) {
    const spans = existing[quote.id];
    if (!spans) throw new Error(`blinken-beijing: no attribution for quote ${quote.id}`);
    const span = (ref: Ref) => article.span(ref);
    const cue = span(spans.cue);
    quotes.push({ ...quote, cue: cue.text, attribution: { content: spans.content.map(span), cue, source: spans.source.map(span) } });
    for (const { after, ...spec } of added) if (after === quote.id) quotes.push(buildQuote(spec, article));
  }
  return { ...seed, schemaVersion: "1.1", provenance: PROVENANCE, quotes };
}
