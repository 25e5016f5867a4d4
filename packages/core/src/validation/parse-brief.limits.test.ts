import { safeParseBrief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";

const messagesOf = (input: unknown): string[] => {
  const result = safeParseBrief(input);
  return result.success ? [] : result.problems.map((p) => p.message);
};

describe("safeParseBrief on hostile sizes", () => {
  it("says where 200,000 bad elements of one list are, without overflowing the stack", () => {
    const brief = seedCopy();
    brief.entities[0].aliases = new Array(200_000).fill(7);
    expect(messagesOf(brief)).toEqual(["entities[0]: has more problems than can be listed"]);
  });

  it("stops at 1,000 problems in a collection of 200,000 bad items too", () => {
    const brief = seedCopy();
    brief.quotes = new Array(200_000).fill({});
    const messages = messagesOf(brief);
    expect(messages).toHaveLength(1001);
    expect(messages.at(-1)).toBe("brief: more problems not listed: the check stops after the first 1,000");
  });

  it("refuses a sparse list of 2³²−1 elements before walking it", () => {
    const brief = seedCopy();
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    brief.events[0].participants = sparse;
    expect(messagesOf(brief)).toEqual(["events[0].participants: has 4,294,967,295 elements, more than the 1,000,000 a list in a brief may hold"]);
  });

  it("refuses a proxy that claims a huge length, reading no element", () => {
    const brief = seedCopy();
    let reads = 0;
    brief.issues = new Proxy([], {
      get(target, key) {
        if (key === "length") return 1e12;
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key);
      },
    });
    expect(messagesOf(brief)).toEqual(["issues: has 1,000,000,000,000 elements, more than the 1,000,000 a list in a brief may hold"]);
    expect(reads).toBe(0);
  });

  it("reads each list once, so a getter cannot show validation one list and the brief another", () => {
    const brief = seedCopy();
    const real = brief.issues;
    let reads = 0;
    Object.defineProperty(brief, "issues", {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? real : [{ junk: true }];
      },
    });
    const result = safeParseBrief(brief);
    expect(result.success).toBe(true);
    expect(result.data?.issues).toEqual(real);
  });
});

describe("safeParseBrief on text and dates", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["a non-breaking space and a line break", "\u00a0\n"],
    ["zero-width characters", "\u200B\u200C\u200D\u2060\uFEFF"],
    ["a soft hyphen", "\u00AD"],
  ])("refuses a name that is %s", (_, name) => {
    const brief = seedCopy();
    brief.entities[0].name = name;
    expect(messagesOf(brief)).toEqual([`entities[0].name: must not be empty, blank or invisible, got the string '${name}'`]);
  });

  it("accepts text in any script, and a single visible character", () => {
    for (const name of ["习", "Ω", "x", "١"]) {
      const brief = seedCopy();
      brief.entities[20].description = name;
      expect(safeParseBrief(brief).success, name).toBe(true);
    }
  });

  it.each(["2021-02-29", "2021-02-31", "2021-04-31", "2100-02-29", "2021-00-10", "2021-13-01"])("refuses the date %s, which never was", (value) => {
    const brief = seedCopy();
    brief.events[7].when.date = { value, basis: "dateline" };
    brief.article.published = value;
    expect(messagesOf(brief)).toEqual([
      `article.published: must be a date that exists, as YYYY-MM-DD, got the string '${value}'`,
      `events[7].when.date.value: must be YYYY, YYYY-MM or YYYY-MM-DD (a year, a month or a day that exists), got the string '${value}'`,
    ]);
  });

  it.each(["2024-02-29", "2000-02-29", "2021-01-31", "2021-04-30", "2021-12"])("accepts the date %s", (value) => {
    const brief = seedCopy();
    brief.events[7].when.date = { value, basis: "dateline" };
    if (value.length === 10) brief.article.published = value;
    expect(messagesOf(brief)).toEqual([]);
  });
});
