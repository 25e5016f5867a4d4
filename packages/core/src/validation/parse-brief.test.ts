import { BriefValidationError, type Brief, parseBrief, type Problem, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, expectTypeOf, it } from "vitest";
import { corrupted, corruptions } from "../testing/corruptions.js";
import { seedCopy } from "../testing/seed-copy.js";

const problemsOf = (input: unknown): readonly Problem[] => {
  const result = safeParseBrief(input);
  if (result.success) throw new Error("expected the brief to be refused");
  return result.problems;
};

describe("safeParseBrief", () => {
  it("accepts the seed brief and returns it typed", () => {
    const result = safeParseBrief(seedCopy());
    expect(result.success).toBe(true);
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Brief>();
      expect(result.data).toEqual(blinkenBeijing);
    }
  });

  describe.each(corruptions)("catches $name", (corruption) => {
    it("with a precise message at the right path", () => {
      const problems = problemsOf(corrupted(corruption));
      expect(problems).toHaveLength(1);
      const [found] = problems;
      expect(found?.code).toBe(corruption.code);
      if (typeof corruption.message === "string") expect(found?.message).toBe(corruption.message);
      else expect(found?.message).toMatch(corruption.message);
    });
  });

  it("reports every problem, not just the first", () => {
    const brief = seedCopy();
    brief.quotes[0].speaker = "nobody";
    brief.events[0].place = "atlantis";
    const problems = problemsOf(brief);
    expect(problems.map((p) => p.message)).toEqual([
      "quotes[0].speaker: no entity with id 'nobody'",
      "events[0].place: no entity with id 'atlantis'",
    ]);
  });

  it.each([
    [null, "brief: expected an object, got null"],
    [[], "brief: expected an object, got an array"],
    ["{}", "brief: expected an object, got the string '{}'"],
    [42, "brief: expected an object, got the number 42"],
  ])("refuses %j as a whole", (input, message) => {
    expect(problemsOf(input).map((p) => p.message)).toEqual([message]);
  });

  it("lists each missing top-level field", () => {
    const codes = problemsOf({}).map((p) => `${p.code} ${p.path.join(".")}`);
    expect(codes).toEqual(
      ["schemaVersion", "article", "entities", "issues", "quotes", "events"].map((field) => `missing ${field}`),
    );
  });

  it("turns a throwing getter into a problem instead of throwing", () => {
    const hostile = seedCopy();
    Object.defineProperty(hostile, "entities", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(problemsOf(hostile)).toEqual([{ path: [], code: "unreadable", message: "brief: could not be read: boom" }]);
  });

  it("survives a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemsOf(proxy)[0]?.code).toBe("unreadable");
  });
});

describe("parseBrief", () => {
  it("returns the brief when valid", () => {
    expect(parseBrief(seedCopy()).article.headline).toBe(blinkenBeijing.article.headline);
  });

  it("throws a BriefValidationError carrying the same problems", () => {
    const brief = seedCopy();
    brief.quotes[2].speaker = "qin";
    const error = (() => {
      try {
        parseBrief(brief);
      } catch (caught) {
        return caught;
      }
      throw new Error("parseBrief did not throw");
    })();
    expect(error).toBeInstanceOf(BriefValidationError);
    expect((error as BriefValidationError).problems).toEqual(problemsOf(brief));
    expect((error as Error).message).toBe("Invalid brief: 1 problem\n- quotes[2].speaker: no entity with id 'qin'");
  });

  it("keeps long problem lists readable", () => {
    const brief = seedCopy();
    for (const quote of brief.quotes) quote.speaker = "ghost";
    expect(() => parseBrief(brief)).toThrow(/- … and 4 more$/);
  });
});

describe("safeParseBrief against hostile errors", () => {
  it("survives a getter that throws something unprintable", () => {
    const hostile = {
      get schemaVersion(): never {
        throw Object.create(null);
      },
    };
    expect(problemsOf(hostile)).toEqual([
      { path: [], code: "unreadable", message: "brief: could not be read: reading it threw an error" },
    ]);
  });
});
