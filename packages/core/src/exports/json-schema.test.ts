import { BRIEF_SCHEMA_ID, SCHEMA_VERSION, safeParseBrief, toJsonSchema } from "@diplo-brief/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { corrupted, corruptions } from "../testing/corruptions.js";
import { seedCopy } from "../testing/seed-copy.js";

const schema = toJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe("toJsonSchema", () => {
  it("names the format version in its $id", () => {
    expect(schema.$id).toBe(BRIEF_SCHEMA_ID);
    expect(BRIEF_SCHEMA_ID).toContain(SCHEMA_VERSION);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("returns a fresh object each time, so callers may edit theirs", () => {
    expect(toJsonSchema()).not.toBe(toJsonSchema());
    expect(toJsonSchema()).toEqual(schema);
  });
});

describe("zod and ajv agree", () => {
  it("on the seed brief", () => {
    expect(validate(seedCopy())).toBe(true);
    expect(safeParseBrief(seedCopy()).success).toBe(true);
  });

  describe.each(corruptions)("on $name", (corruption) => {
    const brief = corrupted(corruption);
    it(corruption.structural ? "both refuse it" : "ajv accepts it: JSON Schema cannot check references or spans", () => {
      expect(safeParseBrief(brief).success).toBe(false);
      expect(validate(brief)).toBe(!corruption.structural);
    });
  });

  it.each([
    ["an empty object", {}],
    ["null", null],
    ["an array", []],
    ["a brief with an extra top-level field", { ...seedCopy(), extra: true }],
  ])("on %s", (_, value) => {
    expect(validate(value)).toBe(false);
    expect(safeParseBrief(value).success).toBe(false);
  });
});

describe("toJsonSchema descriptions", () => {
  /** Every property schema in the tree, with its path. */
  function* properties(node: Record<string, unknown>, path: string): Generator<[string, Record<string, unknown>]> {
    for (const branch of (node.oneOf ?? node.anyOf ?? [node]) as Record<string, unknown>[]) {
      const props = (branch.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, child] of Object.entries(props)) {
        const childPath = path ? `${path}.${name}` : name;
        yield [childPath, child];
        yield* properties(child, childPath);
      }
      if (branch.items) yield* properties(branch.items as Record<string, unknown>, `${path}[]`);
    }
  }

  it("describe every field of the brief", () => {
    const undocumented = [...properties(schema, "")].filter(([, node]) => typeof node.description !== "string").map(([path]) => path);
    expect(undocumented).toEqual([]);
  });
});
