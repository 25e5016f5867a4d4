import { findAllTolerant, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { groundingCorruptions } from "../testing/grounding-corruptions.js";
import { seedCopy } from "../testing/seed-copy.js";

describe.each(groundingCorruptions)("verifyBrief catches $name", (corruption) => {
  const brief = seedCopy();
  corruption.apply(brief);

  it(corruption.parses ? "though the brief still validates" : "though the brief never went through validation", () => {
    expect(safeParseBrief(brief).success).toBe(corruption.parses);
  });

  it("word for word", () => {
    const { ok, problems } = verifyBrief(brief as never);
    expect(ok).toBe(false);
    expect(problems.map((p) => p.message)).toEqual(corruption.messages);
    expect(problems.at(-1)?.code).toBe(corruption.code);
  });
});

const found = (text: string, phrase: string): string[] => findAllTolerant(text, phrase).map((r) => text.slice(r.start, r.end));

describe("matching on whole words", () => {
  it("never finds a word inside a longer one, in any script", () => {
    expect(found("Biden said so on Sunday.", "aid")).toEqual([]);
    expect(found("Biden said so on Sunday.", "day")).toEqual([]);
    expect(found("Talks with China.", "Chin")).toEqual([]);
    expect(found("Renée Fleming sang.", "René")).toEqual([]);
    expect(found("Die Außenministerin sprach.", "Außen")).toEqual([]);
    expect(found("Ο Μητσοτάκης είπε.", "Μητσο")).toEqual([]);
    expect(found("Le ministre a dit 2021.", "202")).toEqual([]);
  });

  it("finds whole words beside punctuation, apostrophes and marks", () => {
    expect(found("Blinken’s trip", "Blinken")).toEqual(["Blinken"]);
    expect(found("(Blinken) said", "Blinken")).toEqual(["Blinken"]);
    expect(found("the U.S.-China talks", "U.S.")).toEqual(["U.S."]);
    expect(found("the U.S.-China talks", "China")).toEqual(["China"]);
    expect(found("Ο Μητσοτάκης είπε.", "Μητσοτάκης")).toEqual(["Μητσοτάκης"]);
  });

  it("finds names inside runs of scripts written without spaces", () => {
    expect(found("习近平会见了布林肯。", "布林肯")).toEqual(["布林肯"]);
    expect(found("岸田首相は述べた", "岸田")).toEqual(["岸田"]);
  });

  it("tolerates typographic quotes and visible whitespace, and no invisible character", () => {
    const text = "He said: “I’m  here”.\u00a0And\n“I’m here” again.";
    expect(found(text, "I'm here")).toEqual(["I’m  here", "I’m here"]);
    expect(found(text, "”. And “I'm")).toEqual(["”.\u00a0And\n“I’m"]);
    for (const invisible of ["\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD"]) {
      expect(found(text, `I'm${invisible}here`), JSON.stringify(invisible)).toEqual([]);
      expect(found(`I’m${invisible}here`, "I'm here"), JSON.stringify(invisible)).toEqual([]);
    }
  });

  it("finds nothing for blank phrases or absent words", () => {
    expect(found("I am here", "   ")).toEqual([]);
    expect(found("I am here", "\u200B")).toEqual([]);
    expect(found("I am here", "I was here")).toEqual([]);
  });
});

describe("verifyBrief on input that never went through safeParseBrief", () => {
  const junk: [string, unknown][] = [
    ["nothing", undefined],
    ["null", null],
    ["a number", 42],
    ["an empty object", {}],
    ["an article without text", { article: {} }],
    ["lists of junk", { article: { text: "Hi there" }, entities: [null, 1, "x"], issues: "no", quotes: [{}], events: [{ evidence: [{}] }] }],
    ["spans of junk", { article: { text: "Hi there" }, entities: [], issues: [], quotes: [], events: [{ evidence: [{ start: "0", end: {}, text: 3 }] }] }],
  ];

  it.each(junk)("answers %s with problems, never a throw", (_, input) => {
    const report = verifyBrief(input as never);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
  });

  it("turns a throwing getter into an unreadable problem", () => {
    const brief = seedCopy();
    Object.defineProperty(brief.quotes[0], "text", {
      get() {
        throw new Error("boom");
      },
    });
    expect(verifyBrief(brief as never).problems.map((p) => p.message)).toEqual(["brief: could not be read: boom"]);
  });

  it("refuses a list that claims more elements than a brief may hold, without walking it", () => {
    const brief = seedCopy();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    brief.issues = sparse;
    expect(verifyBrief(brief as never).problems.map((p) => p.message)).toEqual([
      "issues: has 4,294,967,295 elements, more than the 1,000,000 a list in a brief may hold",
    ]);
  });

  it("lists the first 1,000 problems and counts the rest", () => {
    const brief = seedCopy();
    const span = brief.entities[0].evidence[0];
    brief.entities[0].evidence = Array.from({ length: 2500 }, () => ({ ...span, text: "not the slice" }));
    const { problems } = verifyBrief(brief as never);
    expect(problems).toHaveLength(1001);
    expect(problems[1000]).toEqual({ path: [], code: "more-problems", message: "brief: 1,500 more problems not listed (the first 1,000 are)" });
  });
});
