import type { ProblemCode } from "@diplo-brief/core";
import { type JsonBrief, seedCopy } from "./seed-copy.js";

export interface Corruption {
  readonly name: string;
  /** Whether JSON Schema can see it; referential and span checks are beyond it. */
  readonly structural: boolean;
  readonly code: ProblemCode;
  /** The message the reader should get, or its start where the rest quotes the data. */
  readonly message: string | RegExp;
  readonly apply: (brief: JsonBrief) => void;
}

/** One corruption of each kind a brief can suffer, applied to a fresh copy of the seed. */
export const corruptions: readonly Corruption[] = [
  {
    name: "dangling speaker reference",
    structural: false,
    code: "dangling-reference",
    message: "quotes[2].speaker: no entity with id 'qin'",
    apply: (b) => {
      b.quotes[2].speaker = "qin";
    },
  },
  {
    name: "reference to an item of the wrong collection",
    structural: false,
    code: "dangling-reference",
    message: "events[0].participants[0]: 'taiwan-status' is an issue, not an entity",
    apply: (b) => {
      b.events[0].participants[0] = "taiwan-status";
    },
  },
  {
    name: "dangling issue reference",
    structural: false,
    code: "dangling-reference",
    message: "quotes[0].issues[0]: no issue with id 'trade-war'",
    apply: (b) => {
      b.quotes[0].issues[0] = "trade-war";
    },
  },
  {
    name: "duplicate id across collections",
    structural: false,
    code: "duplicate-id",
    message: "events[11].id: duplicate id 'antony-blinken' (first used at entities[0].id)",
    apply: (b) => {
      b.events[11].id = "antony-blinken";
    },
  },
  {
    name: "span out of range",
    structural: false,
    code: "span-out-of-range",
    message: /^entities\[0\]\.evidence\[0\]: span 6000–6010 ends past the article text \(\d+ UTF-16 code units\)$/,
    apply: (b) => {
      b.entities[0].evidence[0] = { start: 6000, end: 6010, text: "Blinken..." };
    },
  },
  {
    name: "reversed span",
    structural: false,
    code: "span-out-of-range",
    message: "issues[0].evidence[0]: span 40–30 is empty or reversed: start must be less than end",
    apply: (b) => {
      b.issues[0].evidence[0] = { start: 40, end: 30, text: "x" };
    },
  },
  {
    name: "span text mismatch",
    structural: false,
    code: "span-mismatch",
    message: /^entities\[1\]\.evidence\[0\]\.text: 'Chinese Foreign Minister Qin Gong' does not match article\.text\[\d+–\d+\], which reads 'Chinese Foreign Minister Qin Gang'$/,
    apply: (b) => {
      b.entities[1].evidence[0].text = "Chinese Foreign Minister Qin Gong";
    },
  },
  {
    name: "unsafe sameAs URL",
    structural: true,
    code: "invalid-format",
    message: "entities[0].sameAs[0]: must be an https:// URL or a Wikidata id such as Q30, got the string 'javascript:alert(1)'",
    apply: (b) => {
      b.entities[0].sameAs = ["javascript:alert(1)"];
    },
  },
  {
    name: "unsafe article URL",
    structural: true,
    code: "invalid-format",
    message: /^article\.url: must be an http:\/\/ or https:\/\/ URL, got the string 'javascript:/,
    apply: (b) => {
      b.article.url = "javascript:alert(document.cookie)";
    },
  },
  {
    name: "wrong type for an offset",
    structural: true,
    code: "invalid-type",
    message: "quotes[0].evidence[0].start: expected a number, got the string '12'",
    apply: (b) => {
      b.quotes[0].evidence[0].start = "12";
    },
  },
  {
    name: "fractional offset",
    structural: true,
    code: "invalid-type",
    message: "events[2].evidence[0].end: must be a whole number, got the number 3.5",
    apply: (b) => {
      b.events[2].evidence[0].end = 3.5;
    },
  },
  {
    name: "array where a string belongs",
    structural: true,
    code: "invalid-type",
    message: "entities[3].name: expected a string, got an array",
    apply: (b) => {
      b.entities[3].name = ["Wang", "Yi"];
    },
  },
  {
    name: "unknown enum value",
    structural: true,
    code: "invalid-value",
    message: "quotes[1].mode: must be one of 'direct', 'indirect', got the string 'quoted'",
    apply: (b) => {
      b.quotes[1].mode = "quoted";
    },
  },
  {
    name: "missing required field",
    structural: true,
    code: "missing",
    message:
      "events[4].status: is required (one of 'occurred', 'ongoing', 'scheduled', 'expected', 'possible', 'postponed', 'cancelled')",
    apply: (b) => {
      delete b.events[4].status;
    },
  },
  {
    name: "missing evidence",
    structural: true,
    code: "too-small",
    message: "issues[2].evidence: needs at least one evidence span",
    apply: (b) => {
      b.issues[2].evidence = [];
    },
  },
  {
    name: "misspelt field",
    structural: true,
    code: "unknown-field",
    message: "quotes[3].speakr: is not a field of the brief format (misspelt, or from a newer version?)",
    apply: (b) => {
      b.quotes[3].speakr = b.quotes[3].speaker;
    },
  },
  {
    name: "date in no ISO form",
    structural: true,
    code: "invalid-format",
    message: "events[7].when.date.value: must be YYYY, YYYY-MM or YYYY-MM-DD (a year, a month or a day that exists), got the string 'January 2021'",
    apply: (b) => {
      b.events[7].when.date.value = "January 2021";
    },
  },
  {
    name: "unknown major version",
    structural: true,
    code: "invalid-format",
    message: "schemaVersion: must be '1.x': this library reads version 1 of the brief format, got the string '2.0'",
    apply: (b) => {
      b.schemaVersion = "2.0";
    },
  },
  {
    name: "newer minor version",
    structural: false,
    code: "unsupported-version",
    message: /^schemaVersion: the brief uses format 1\.7, newer than 1\.\d+/,
    apply: (b) => {
      b.schemaVersion = "1.7";
    },
  },
];

export function corrupted(corruption: Corruption): JsonBrief {
  const brief = seedCopy();
  corruption.apply(brief);
  return brief;
}
