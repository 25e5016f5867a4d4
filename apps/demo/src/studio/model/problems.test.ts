import type { Brief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { addEvidence, updateItem } from "./edits.js";
import { problemsByItem } from "./problems.js";
import { seed, valid, words } from "./test-support.js";

describe("problemsByItem", () => {
  it("is empty for a brief the article grounds", () => {
    expect(problemsByItem(seed).size).toBe(0);
  });

  it("puts a problem on its item, worded with its label and field", () => {
    const problems = problemsByItem(valid(updateItem(seed, "hua-tweet", { cue: "said" })));
    expect([...problems.keys()]).toEqual(["hua-tweet"]);
    expect(problems.get("hua-tweet")).toEqual([
      {
        id: "hua-tweet",
        label: "Quote by Hua Chunying: “Hope this…”",
        message: "Quote by Hua Chunying: “Hope this…” — cue: 'said' is not written in the quote's evidence",
      },
    ]);
  });

  it("names the speaker a quote's evidence does not", () => {
    const problems = problemsByItem(valid(updateItem(seed, "hua-tweet", { speaker: "wang-yi" })));
    const [problem] = problems.get("hua-tweet") ?? [];
    expect(problem?.label).toBe("Quote by Wang Yi: “Hope this…”");
    expect(problem?.message).toMatch(/^Quote by Wang Yi: “Hope this…” — speaker: the quote's evidence and attribution source name neither the speaker 'Wang Yi'/);
  });

  it("names the evidence span of an entity that does not name it", () => {
    const problems = problemsByItem(valid(addEvidence(seed, "hua-chunying", words("tweeted above a picture"))));
    expect(problems.get("hua-chunying")?.map((p) => p.message)).toEqual([
      "Entity “Hua Chunying” — evidence[1]: names neither 'Hua Chunying' nor any alias of entity 'hua-chunying'",
    ]);
  });

  it("puts what concerns the brief as a whole under the empty key, once", () => {
    const broken = { ...seed, summary: " " } as Brief;
    const problems = problemsByItem(broken);
    expect([...problems.keys()]).toEqual([""]);
    expect(problems.get("")).toEqual([{ label: "Brief", message: expect.stringMatching(/^summary: must not be empty/) }]);
  });

  it("lists a span that does not match the article once, on its item", () => {
    const [hua, ...others] = seed.entities;
    const moved = { ...seed, entities: [{ ...hua, evidence: [{ start: 0, end: 5, text: "Hello" }] }, ...others] } as Brief;
    const problems = problemsByItem(moved);
    expect(problems.get("antony-blinken")).toHaveLength(1);
    expect(problems.get("antony-blinken")?.[0]?.message).toMatch(/^Entity “Antony Blinken” — evidence\[0\]\.text: 'Hello' does not match article\.text/);
  });
});
