import type { ProblemCode } from "@diplo-brief/core";
import type { JsonBrief } from "./seed-copy.js";

export interface GroundingCorruption {
  readonly name: string;
  /** Whether the corrupted brief still passes validation: only grounding can tell it is false. */
  readonly parses: boolean;
  /** The code of the problem that names the false claim, the last one reported. */
  readonly code: ProblemCode;
  /** The problems verifyBrief must report, word for word: one, unless the claim is false in several places. */
  readonly messages: readonly string[];
  readonly apply: (brief: JsonBrief) => void;
}

const miscalculation = 8;
const bidenQuote = 6;

/**
 * One false claim of each kind that a brief can make while every span still repeats its slice:
 * the claims a reader would call false and a substring search would call grounded.
 */
export const groundingCorruptions: readonly GroundingCorruption[] = [
  {
    name: "a cue found only inside a longer word",
    parses: true,
    code: "cue-not-in-evidence",
    messages: ["quotes[2].cue: 'aid' is not written in the quote's evidence"],
    apply: (b) => {
      b.quotes[2].cue = "aid"; // the evidence says "said"
    },
  },
  {
    name: "a time found only inside a longer word",
    parses: true,
    code: "when-not-in-evidence",
    messages: ["events[2].when.text: 'day' is not written in the event's evidence"],
    apply: (b) => {
      b.events[2].when.text = "day"; // the evidence says "on Sunday"
    },
  },
  {
    name: "a name found only inside a longer word",
    parses: true,
    code: "name-not-written",
    messages: [
      "entities[18].evidence[0]: names neither 'Chin' nor any alias of entity 'china'",
      "entities[18].evidence[1]: names neither 'Chin' nor any alias of entity 'china'",
      "entities[18].name: 'Chin' is written in none of the entity's evidence spans: an alias alone does not ground a name",
    ],
    apply: (b) => {
      b.entities[18].name = "Chin"; // the article says "China"
    },
  },
  {
    name: "a direct quote that starts inside a word",
    parses: true,
    code: "quote-not-in-article",
    messages: [`quotes[${miscalculation}].text: 'calculation, or as our Chinese friends often say, stopping t…' does not occur verbatim in the article`],
    apply: (b) => {
      const text: string = b.quotes[miscalculation].text;
      b.quotes[miscalculation].text = text.slice(text.indexOf("calculation"));
    },
  },
  {
    name: "a quote given to someone its evidence does not name",
    parses: true,
    code: "speaker-not-in-evidence",
    messages: [`quotes[${bidenQuote}].speaker: the quote's evidence and attribution source name neither the speaker 'Antony Blinken' nor any of their aliases: include the sentence that names them`],
    apply: (b) => {
      b.quotes[bidenQuote].speaker = "antony-blinken";
    },
  },
  {
    name: "a renamed entity that an alias still matches",
    parses: true,
    code: "name-not-written",
    messages: ["entities[0].name: 'Tony Blinken' is written in none of the entity's evidence spans: an alias alone does not ground a name"],
    apply: (b) => {
      b.entities[0].name = "Tony Blinken";
    },
  },
  {
    name: "a stated date its time expression does not say",
    parses: true,
    code: "date-not-written",
    messages: ["events[7].when.date: '1999-12-31' is not what 'in January 2021' says: a stated date's year, month and day must all be written in the time expression"],
    apply: (b) => {
      b.events[7].when.date.value = "1999-12-31";
    },
  },
  {
    name: "an invisible character in place of a space in a quote",
    parses: true,
    code: "quote-not-in-article",
    messages: [`quotes[${bidenQuote}].text: 'I’m hoping that, over the next several months, I’ll be meeti…' does not occur verbatim in the article`],
    apply: (b) => {
      b.quotes[bidenQuote].text = b.quotes[bidenQuote].text.replace("legitimate differences", "legitimate\uFEFFdifferences");
    },
  },
  {
    name: "an offset that is not a number (a brief that skipped parsing)",
    parses: false,
    code: "span-out-of-range",
    messages: ["quotes[0].evidence[0].start: must be a whole number of 0 or more, got NaN"],
    apply: (b) => {
      b.quotes[0].evidence[0].start = Number.NaN;
    },
  },
  {
    name: "a negative offset (a brief that skipped parsing)",
    parses: false,
    code: "span-out-of-range",
    messages: ["quotes[0].evidence[0].start: must be a whole number of 0 or more, got -5"],
    apply: (b) => {
      b.quotes[0].evidence[0].start = -5;
    },
  },
  {
    name: "a fractional offset (a brief that skipped parsing)",
    parses: false,
    code: "span-out-of-range",
    messages: ["events[0].evidence[0].end: must be a whole number of 0 or more, got 40.5"],
    apply: (b) => {
      b.events[0].evidence[0].end = 40.5;
    },
  },
];
