import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";
import { type JsonBrief, seedCopy } from "../testing/seed-copy.js";

const text = blinkenBeijing.article.text;
const span = (phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`not in the seed: ${phrase}`);
  return { start, end: start + phrase.length, text: phrase };
};

/** The seed at format 1.1 with the attribution of "He said he would also be raising …" (Blinken). */
function withAttribution(): JsonBrief {
  const brief = seedCopy();
  brief.schemaVersion = "1.1";
  const quote = brief.quotes.find((q: JsonBrief) => q.id === "blinken-detained-citizens");
  const said = span("He said he would also be raising");
  quote.attribution = {
    source: [{ start: said.start, end: said.start + 2, text: "He" }],
    cue: { start: said.start + 3, end: said.start + 7, text: "said" },
    content: [span("he would also be raising the issue of U.S. citizens detained in China on charges Washington says are politically motivated")],
  };
  return brief;
}

describe("format 1.1", () => {
  it("takes a quote's attribution spans and the brief's provenance", () => {
    const brief = withAttribution();
    brief.provenance = { method: "drafted", by: "@diplo-brief/draft 0.1.0", reviewed: false };
    const result = safeParseBrief(brief);
    expect(result.problems).toBeUndefined();
    expect(verifyBrief(result.data as never).problems).toEqual([]);
  });

  it("checks attribution spans like all evidence", () => {
    const brief = withAttribution();
    const quote = brief.quotes.findIndex((q: JsonBrief) => q.id === "blinken-detained-citizens");
    brief.quotes[quote].attribution.cue.text = "says";
    brief.quotes[quote].attribution.content[0].end += 1;
    const messages = (safeParseBrief(brief).problems ?? []).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(new RegExp(`^quotes\\[${quote}\\]\\.attribution\\.content\\[0\\]\\.text: '.*' does not match article\\.text\\[\\d+–\\d+\\]`)),
      expect.stringMatching(new RegExp(`^quotes\\[${quote}\\]\\.attribution\\.cue\\.text: 'says' does not match article\\.text\\[\\d+–\\d+\\], which reads 'said'$`)),
    ]);
    expect(verifyBrief(brief as never).problems.map((p) => p.path.join("."))).toEqual([
      `quotes.${quote}.attribution.content.0.text`,
      `quotes.${quote}.attribution.cue.text`,
    ]);
  });

  it("grounds a speaker named in the attribution source when the evidence only says 'he'", () => {
    const brief = withAttribution();
    const quote = brief.quotes.find((q: JsonBrief) => q.id === "blinken-detained-citizens");
    quote.evidence = [span("He said he would also be raising the issue of U.S. citizens detained in China")];
    expect(verifyBrief(brief as never).problems.map((p) => p.code)).toEqual(["speaker-not-in-evidence"]);
    quote.attribution.source = [span("Blinken said his trip")];
    quote.attribution.source[0] = { ...quote.attribution.source[0], end: quote.attribution.source[0].start + 7, text: "Blinken" };
    expect(verifyBrief(brief as never).problems).toEqual([]);
  });

  it("refuses 1.1 fields in a brief that says 1.0, naming the version to set", () => {
    const brief = withAttribution();
    brief.schemaVersion = "1.0";
    brief.provenance = { method: "written", by: "Newsroom", reviewed: true };
    const quote = brief.quotes.findIndex((q: JsonBrief) => q.attribution);
    expect((safeParseBrief(brief).problems ?? []).map((p) => [p.code, p.message])).toEqual([
      ["needs-newer-version", "provenance: is new in format 1.1, but the brief says 1.0: set schemaVersion to '1.1'"],
      ["needs-newer-version", `quotes[${quote}].attribution: is new in format 1.1, but the brief says 1.0: set schemaVersion to '1.1'`],
    ]);
  });

  it("refuses a provenance that does not say how the brief was made or whether it was reviewed", () => {
    const brief = seedCopy();
    brief.schemaVersion = "1.1";
    brief.provenance = { method: "generated", by: "" };
    expect((safeParseBrief(brief).problems ?? []).map((p) => p.message)).toEqual([
      "provenance.method: must be one of 'drafted', 'edited', 'written', got the string 'generated'",
      "provenance.by: must not be empty, blank or invisible, got the string ''",
      "provenance.reviewed: is required (true or false)",
    ]);
  });
});
