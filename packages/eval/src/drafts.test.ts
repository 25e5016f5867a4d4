import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { draftBrief } from "@diplo-brief/draft";
import { describe, expect, it } from "vitest";
import { loadGoldSet } from "./gold.js";

// The drafter's promise, held on every real article we have: whatever it drafts validates and is grounded.
describe.each(loadGoldSet())("draftBrief on $slug", ({ brief: gold }) => {
  const { brief, report } = draftBrief({ text: gold.article.text, headline: gold.article.headline, source: gold.article.source });

  it("makes a brief that passes safeParseBrief and verifyBrief", () => {
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
  });

  it("drops nothing for failing a check: the rules make only what holds", () => {
    expect(report.skipped.filter((s) => s.reason.startsWith("failed a check"))).toEqual([]);
  });
});
