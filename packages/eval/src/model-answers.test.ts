import { readdirSync, readFileSync } from "node:fs";
import { type Brief, type Evidence, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { PROMPT_VERSION } from "@diplo-brief/draft";
import { describe, expect, it } from "vitest";
import { loadGoldSet, SEED_SLUG } from "./gold.js";
import { groundAnswer, groundAnswers } from "./ground-answers.js";
import { type Collection, type GroundingTally, totalTally } from "./grounding-tally.js";
import { loadModelAnswers, modelAnswersDir } from "./model-answers.js";

const gold = loadGoldSet();
const answers = loadModelAnswers();
const grounded = groundAnswers(answers, gold);

const collectionsOf = (tally: GroundingTally): Collection[] => Object.keys(tally.claimed) as Collection[];
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Every span of a brief: its items' evidence and its quotes' attribution spans. */
const spansOf = (brief: Brief): Evidence[] => [
  ...[...brief.entities, ...brief.issues, ...brief.quotes, ...brief.events].flatMap((item) => item.evidence),
  ...brief.quotes.flatMap((q) => (q.attribution ? [...q.attribution.content, ...(q.attribution.cue ? [q.attribution.cue] : []), ...(q.attribution.source ?? [])] : [])),
];

describe("the recorded model answers", () => {
  it("answer every gold article whose text is in gold/", () => {
    const withText = gold.map((g) => g.slug).filter((slug) => slug !== SEED_SLUG);
    expect(answers.map((a) => a.slug)).toEqual(withText);
    expect(answers.length).toBeGreaterThanOrEqual(8);
  });

  it.each(readdirSync(modelAnswersDir).filter((name) => name.endsWith(".claims.json")))("%s is a JSON object of claims", (name) => {
    const claims: unknown = JSON.parse(readFileSync(new URL(name, modelAnswersDir), "utf8"));
    expect(claims).toEqual(expect.objectContaining({ entities: expect.any(Array), issues: expect.any(Array), quotes: expect.any(Array), events: expect.any(Array) }));
  });
});

describe.each(grounded)("the answer for $slug, grounded", ({ brief, report, tally }) => {
  it("is a brief that passes safeParseBrief and verifyBrief", () => {
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
  });

  it("says it was drafted by a model from the prompt it answered", () => {
    expect(brief.provenance).toMatchObject({ method: "drafted", prompt: PROMPT_VERSION, reviewed: false });
  });

  it("accounts for every claimed item: kept or dropped whole", () => {
    for (const collection of collectionsOf(tally)) {
      expect(tally.kept[collection] + tally.droppedItems[collection], collection).toBe(tally.claimed[collection]);
      expect(tally.kept[collection], collection).toBe(brief[collection].length);
    }
  });

  it("counts each span of the brief once, by how it matched, and each dropped entry once, by its code", () => {
    expect(sum(Object.values(tally.matched)) + tally.mended).toBe(spansOf(brief).length);
    expect(sum(Object.values(tally.droppedByCode))).toBe(report.dropped.length);
  });
});

describe("the grounding tally", () => {
  const korea = gold.find((g) => g.slug === "north-korea-quasi-state-of-war");
  if (!korea) throw new Error("fixture");
  const entity = (id: string, name: string, evidence: string) => ({ id, kind: "organization", name, aliases: [], roles: [], evidence: [{ text: evidence }] });
  const quote = (id: string, speaker: string, mode: string, text: string, evidence: string) => ({ id, speaker, mode, text, cue: "added", issues: [], evidence: [{ text: evidence }] });
  const { tally } = groundAnswer(
    {
      slug: korea.slug,
      claims: {
        entities: [entity("kcna", "KCNA", "said KCNA"), entity("ghost", "Ghost Agency", "The Ghost Agency reported nothing of the kind on Friday morning.")],
        issues: [],
        quotes: [
          // Not the article's words: "Foolhardy", not "Foolish".
          quote("misquote", "kcna", "direct", "Foolish provocation deserves harsh punishment", "\"Foolhardy provocation deserves harsh punishment\", it added"),
          // Its speaker is never found, so it goes with them.
          quote("orphan", "ghost", "indirect", "Both sides are on alert.", "Both countries have put their militaries on high levels of alert."),
        ],
        events: [],
      },
    },
    korea,
  );

  it("counts a misquote, an item with no evidence found and what needed it as items dropped whole", () => {
    expect(tally.claimed).toEqual({ entities: 2, issues: 0, quotes: 2, events: 0 });
    expect(tally.kept).toEqual({ entities: 1, issues: 0, quotes: 0, events: 0 });
    expect(tally.droppedItems).toEqual({ entities: 1, issues: 0, quotes: 2, events: 0 });
    expect(tally.droppedByCode).toMatchObject({ "not-verbatim": 1, "no-evidence": 1, "depends-on-dropped": 1 });
  });

  it("adds up to the overall row, figure by figure", () => {
    const tallies = grounded.map((g) => g.tally);
    const total = totalTally(tallies);
    for (const collection of collectionsOf(total)) {
      for (const figure of ["claimed", "kept", "droppedItems"] as const) {
        expect(total[figure][collection], `${figure} ${collection}`).toBe(sum(tallies.map((t) => t[figure][collection])));
      }
      expect(total.kept[collection] + total.droppedItems[collection], collection).toBe(total.claimed[collection]);
    }
    expect(sum(Object.values(total.matched)) + total.mended).toBe(sum(grounded.map((g) => spansOf(g.brief).length)));
    expect(sum(Object.values(total.droppedByCode))).toBe(sum(grounded.map((g) => g.report.dropped.length)));
  });
});
