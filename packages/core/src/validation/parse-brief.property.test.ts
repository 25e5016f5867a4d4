import { formatPath, safeParseBrief } from "@diplo-brief/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";

type Json = unknown;

/** Every place in a JSON value, as a path of keys and indices. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function setAt(root: Json, path: readonly (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return root;
}

const seedPaths = paths(seedCopy());

const expectNoThrowAndAVerdict = (input: Json): void => {
  const result = safeParseBrief(input);
  if (result.success) expect(result.data).toBeTypeOf("object");
  else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.message.startsWith(`${formatPath(p.path)}: `)).toBe(true);
      expect(p.message.length).toBeGreaterThan(formatPath(p.path).length + 2);
    }
  }
};

// Hundreds of whole-brief parses each: on a shared two-core machine running other suites at once
// that takes longer than vitest's default five seconds, and a time limit is not what is tested.
describe("safeParseBrief never throws", { timeout: 120_000 }, () => {
  it("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectNoThrowAndAVerdict(value)), { numRuns: 500 });
  });

  it("on arbitrary JavaScript values, including odd prototypes", () => {
    fc.assert(fc.property(fc.anything({ withMap: true, withSet: true, withNullPrototype: true, withBigInt: true }), expectNoThrowAndAVerdict), {
      numRuns: 300,
    });
  });

  it("on copies of the seed with one value replaced or removed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedPaths),
        fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        (path, replacement) => expectNoThrowAndAVerdict(setAt(seedCopy(), path, replacement)),
      ),
      { numRuns: 400 },
    );
  });

  it("and rejects every seed copy whose offsets were shifted", () => {
    const offsetPaths = seedPaths.filter((p) => p.at(-1) === "start" || p.at(-1) === "end");
    fc.assert(
      fc.property(fc.constantFrom(...offsetPaths), fc.integer({ min: 1, max: 50 }), (path, shift) => {
        const brief = seedCopy();
        let node: Json = brief;
        for (const key of path) node = (node as Record<string | number, Json>)[key];
        setAt(brief, path, (node as number) + shift);
        expect(safeParseBrief(brief).success).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
