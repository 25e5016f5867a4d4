import { describe, expect, it } from "vitest";
import { findItem, labelOf } from "./items.js";
import { seed } from "./test-support.js";

describe("findItem", () => {
  it("finds an item of each collection with its place", () => {
    for (const [id, collection] of [
      ["hua-chunying", "entities"],
      ["taiwan-status", "issues"],
      ["hua-tweet", "quotes"],
      ["blinken-qin-talks", "events"],
    ] as const) {
      const found = findItem(seed, id);
      expect(found?.collection).toBe(collection);
      expect(found && seed[collection][found.index]).toBe(found?.item);
      expect(found?.item.id).toBe(id);
    }
  });

  it("is undefined for an id no item has", () => {
    expect(findItem(seed, "nobody")).toBeUndefined();
  });
});

describe("labelOf", () => {
  it("names an item as a person would", () => {
    expect(labelOf(seed, "hua-chunying")).toBe("Entity “Hua Chunying”");
    expect(labelOf(seed, "hua-tweet")).toBe("Quote by Hua Chunying: “Hope this…”");
    expect(labelOf(seed, "blinken-qin-talks")).toBe("Event “Blinken and Qin Gang meet”");
    expect(labelOf(seed, "taiwan-status")).toBe("Issue “Taiwan”");
  });

  it("gives a short quote whole", () => {
    const quote = { ...seed.quotes[0], id: "short", text: "Goodbye." } as (typeof seed.quotes)[number];
    expect(labelOf({ ...seed, quotes: [quote] }, "short")).toBe("Quote by Hua Chunying: “Goodbye.”");
  });

  it("falls back to the id for an id no item has", () => {
    expect(labelOf(seed, "nobody")).toBe("“nobody”");
  });
});
