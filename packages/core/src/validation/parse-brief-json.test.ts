import { BriefValidationError, parseBriefJson, safeParseBriefJson } from "@diplo-brief/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";
import { lineAndColumn, syntaxErrorOffset } from "./json-text.js";

const seedText = JSON.stringify(seedCopy(), null, 2);

const jsonProblem = (text: string): string => {
  const result = safeParseBriefJson(text);
  if (result.success) throw new Error("expected a problem");
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]?.code).toBe("invalid-json");
  expect(result.problems[0]?.path).toEqual([]);
  return result.problems[0]?.message ?? "";
};

describe("safeParseBriefJson", () => {
  it("parses and validates a brief from its JSON text, with or without a byte order mark", () => {
    for (const text of [seedText, `\uFEFF${seedText}`]) {
      const result = safeParseBriefJson(text);
      expect(result.success).toBe(true);
      expect(result.data?.quotes).toHaveLength(seedCopy().quotes.length);
    }
  });

  it("reports text that is JSON but not a brief as safeParseBrief does", () => {
    const brief = seedCopy();
    brief.quotes[2].speaker = "qin";
    const result = safeParseBriefJson(JSON.stringify(brief));
    expect(result.problems?.map((p) => p.message)).toEqual(["quotes[2].speaker: no entity with id 'qin'"]);
  });

  // Lines and columns are counted by hand from the texts, as an editor shows them.
  it.each([
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ["a token where a value belongs", '{\n  "summary": }', 2, 14],
    ["a trailing comma", '{"a": [1, 2,]}', 1, 13],
    ["a cut-off file", '{\n  "schemaVersion": "1.0",\n', 3, 1],
    ["an empty text", "", 1, 1],
    ["a raw line break inside a string", '{"a": "one\ntwo"}', 1, 11],
    ["a bad escape", '{"a": "\\q"}', 1, 9],
    ["an astral character before the error, counted once", '{"a": "😀" x}', 1, 11],
    ["single quotes", "{'a': 1}", 1, 2],
  ])("says where the text stops being JSON: %s", (_, text, line, column) => {
    expect(jsonProblem(text)).toMatch(new RegExp(`^brief: is not valid JSON: .+ \\(line ${line}, column ${column}\\)$`));
  });

  it("leaves the parser's position out of the message and never echoes the text", () => {
    const message = jsonProblem('{"secret": "abc", }');
    expect(message).not.toMatch(/position|secret|abc/);
  });

  it("copes with nesting deeper than any call stack", () => {
    expect(jsonProblem("[".repeat(200_000))).toMatch(/\(line 1, column 200001\)$/);
  });

  it("never throws, whatever it is given", () => {
    for (const input of [undefined, null, 42, {}, ["{}"]]) {
      const result = safeParseBriefJson(input as unknown as string);
      expect(result.success).toBe(false);
      expect(result.problems?.[0]?.code).toBe("invalid-type");
    }
  });
});

describe("parseBriefJson", () => {
  it("returns the brief, or throws the problems", () => {
    expect(parseBriefJson(seedText).article.headline).toBe(seedCopy().article.headline);
    expect(() => parseBriefJson("{")).toThrow(BriefValidationError);
  });
});

describe("the JSON scanner behind the positions", () => {
  it("agrees with JSON.parse on any JSON value and on texts near JSON", () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "\\", "\n", "x", "-", "0", "e")).map(
        ([json, at, insert]) => json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1)),
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(syntaxErrorOffset(text) === undefined).toBe(parses);
      }),
      { numRuns: 2_000 },
    );
  });

  it("counts a surrogate pair as one column", () => {
    expect(lineAndColumn("😀x", 2)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn("a\n😀x", 4)).toEqual({ line: 2, column: 2 });
  });
});
