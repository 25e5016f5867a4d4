import type { Entity, Quote } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { attributionOf } from "./quote-attribution.js";

const text = "The talks ended. “We will keep talking,” the minister, Qin Gang, said on Monday. Others left.";
const sentence = "“We will keep talking,” the minister, Qin Gang, said on Monday.";
const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
const qin: Entity = { id: "qin", kind: "person", name: "Qin Gang", aliases: ["Qin"], roles: [], evidence: [span("Qin Gang")] };
const quote = (over: Partial<Quote> = {}): Quote => ({ id: "q", speaker: "qin", mode: "direct", text: "We will keep talking", cue: "said", issues: [], evidence: [span(sentence)], ...over });

describe("attributionOf", () => {
  it("reads a direct quote's content with its marks, its cue and the speaker's nearest mention", () => {
    expect(attributionOf(quote(), qin, text)).toEqual({ content: [span("“We will keep talking,”")], cue: span("said"), source: [span("Qin Gang")] });
  });

  it("gives none when the cue is not in the evidence, or for reported speech", () => {
    expect(attributionOf(quote({ cue: "told reporters" }), qin, text)).toBeUndefined();
    expect(attributionOf(quote({ mode: "indirect" }), qin, text)).toBeUndefined();
  });

  it("leaves the source out when the evidence does not name the speaker", () => {
    expect(attributionOf(quote(), { ...qin, name: "Wang Yi", aliases: [] }, text)?.source).toBeUndefined();
  });
});
