import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { DRAFTER, draftBrief, PROMPT_VERSION } from "@diplo-brief/draft";
import { describe, expect, it } from "vitest";
import { draftInputOf, loadGoldSet } from "./gold.js";
import { groundAnswers } from "./ground-answers.js";
import { loadModelAnswers } from "./model-answers.js";
import { replayAnswer, replayAnswers, replayingModel, totalMerged } from "./replay-answers.js";

const gold = loadGoldSet();
const answers = loadModelAnswers();
const replayed = await replayAnswers(answers, gold);
const grounded = groundAnswers(answers, gold);
const collections = ["entities", "issues", "quotes", "events"] as const;
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const goldArticle = (slug: string) => {
  const article = gold.find((g) => g.slug === slug);
  if (!article) throw new Error(`fixture: no gold article ${slug}`);
  return article;
};

describe("the pipeline", () => {
  it("replays every recorded answer, in order", () => {
    expect(replayed.map((r) => r.slug)).toEqual(answers.map((a) => a.slug));
  });

  it("adds up the merge overall: the model's and the rules' items are the briefs' items", () => {
    const total = totalMerged(replayed);
    for (const c of collections) {
      expect(total.fromModel[c] + total.fromRules[c], c).toBe(sum(replayed.map((r) => r.brief[c].length)));
      expect(total.fromModel[c], c).toBe(sum(replayed.map((r) => r.report.model.merged.fromModel[c])));
    }
  });
});

describe.each(replayed)("the answer for $slug, replayed through draftBrief", ({ slug, brief, report }) => {
  it("is a brief that passes safeParseBrief and verifyBrief", () => {
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
  });

  it("records the replaying model and the prompt's version, in provenance and in the report", () => {
    expect(brief.provenance).toEqual({ method: "drafted", by: DRAFTER, model: "recorded:claude", prompt: PROMPT_VERSION, reviewed: false });
    expect(report.model).toMatchObject({ id: "recorded:claude", prompt: PROMPT_VERSION, chunks: 1, failures: [] });
  });

  it("counts each item of the brief once: from the model or from the rules", () => {
    const { fromModel, fromRules } = report.model.merged;
    for (const c of collections) expect(fromModel[c] + fromRules[c], c).toBe(brief[c].length);
  });

  it("grounds the answer as it is grounded alone, and keeps all of what grounding kept", () => {
    const alone = grounded.find((g) => g.slug === slug);
    expect(report.model.grounding.kept).toEqual(alone?.report.kept);
    expect(report.model.grounding.dropped).toEqual(alone?.report.dropped);
    expect(report.model.merged.fromModel).toEqual(alone?.report.kept);
  });
});

describe("the replaying model", () => {
  const korea = goldArticle("north-korea-quasi-state-of-war");

  it("with an empty answer, leaves draftBrief the rules' draft", async () => {
    const { brief, report } = await replayAnswer({ slug: korea.slug, claims: { entities: [], issues: [], quotes: [], events: [] } }, korea);
    const rules = draftBrief(draftInputOf(korea.brief)).brief;
    expect(report.model.merged.fromModel).toEqual({ entities: 0, issues: 0, quotes: 0, events: 0 });
    expect(brief.quotes).toEqual(rules.quotes);
    expect(brief.entities).toEqual(rules.entities);
  });

  it("refuses to give an answer for the whole article to each part of it", async () => {
    const answer = answers.find((a) => a.slug === korea.slug);
    if (!answer) throw new Error("fixture");
    const drafting = draftBrief(draftInputOf(korea.brief), { model: replayingModel(answer), chunkSize: 1_000, chunkOverlap: 100, retries: 0 });
    await expect(drafting).rejects.toMatchObject({ name: "ModelDraftError", code: "failed", message: expect.stringContaining("it was asked for a part") });
  });
});
