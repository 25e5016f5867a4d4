import { type Brief, SCHEMA_VERSION, safeParseBrief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import { createEntity, deleteItem, EditError, updateItem } from "./edits.js";
import { itemIds } from "./items.js";
import { accept, briefOut, newSession, progress, withBrief } from "./session.js";
import { seed, words } from "./test-support.js";

const drafted: Brief = { ...seed, schemaVersion: "1.2", provenance: { method: "drafted", by: "@diplo-brief/draft 0.1.0", model: "gpt-4.1-mini", reviewed: false } };
const acceptAll = (session: ReturnType<typeof newSession>) => itemIds(session.brief).reduce(accept, session);

describe("newSession", () => {
  it("starts with nothing accepted, titled by the headline unless told", () => {
    const session = newSession(seed);
    expect(session).toMatchObject({ title: seed.article.headline, brief: seed, accepted: [] });
    expect(session.updated).toBe(session.created);
    expect(newSession(seed, "Blinken").title).toBe("Blinken");
    expect(newSession(seed).id).not.toBe(session.id);
  });
});

describe("accept and progress", () => {
  it("counts accepted items of all items, once each", () => {
    const total = seed.entities.length + seed.issues.length + seed.quotes.length + seed.events.length;
    let session = newSession(seed);
    expect(progress(session)).toEqual({ reviewed: 0, total });
    session = accept(accept(session, "hua-chunying"), "hua-tweet");
    expect(accept(session, "hua-tweet")).toBe(session);
    expect(progress(session)).toEqual({ reviewed: 2, total });
  });

  it("refuses an id no item has", () => {
    expect(() => accept(newSession(seed), "nobody")).toThrow(EditError);
  });
});

describe("withBrief", () => {
  it("takes the edit's brief and forgets accepted items that are gone", () => {
    const session = accept(accept(newSession(seed), "hua-chunying"), "hua-tweet");
    const next = withBrief(accept(session, "china"), deleteItem(seed, "hua-chunying"));
    expect(next.accepted).toEqual(["china"]);
    expect(progress(next)).toEqual({ reviewed: 1, total: progress(session).total - 2 });
    expect(next.updated).toBeGreaterThanOrEqual(session.updated);
    expect(next.id).toBe(session.id);
  });
});

describe("briefOut", () => {
  it("says a draft was edited, not reviewed, once a person changed it", () => {
    const session = newSession(drafted);
    expect(briefOut(session).provenance).toEqual(drafted.provenance);
    const edited = withBrief(session, createEntity(session.brief, words("Hua Chunying")));
    expect(briefOut(edited).provenance).toEqual({ method: "edited", by: "diplo-brief studio", model: "gpt-4.1-mini", reviewed: false });
  });

  it("says the brief was reviewed once every item is accepted", () => {
    let session = newSession(drafted);
    session = withBrief(session, updateItem(session.brief, "hua-chunying", { description: "Assistant foreign minister." }));
    session = acceptAll(session);
    const out = briefOut(session);
    expect(out.provenance).toEqual({ method: "edited", by: "diplo-brief studio", model: "gpt-4.1-mini", reviewed: true });
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    expect(safeParseBrief(out).problems).toBeUndefined();
  });

  it("is not reviewed while one item is not accepted", () => {
    const session = itemIds(seed)
      .filter((id) => id !== "taiwan")
      .reduce(accept, newSession({ ...drafted, provenance: { method: "written", by: "Newsroom", reviewed: true } }));
    expect(briefOut(session).provenance).toEqual({ method: "written", by: "Newsroom", reviewed: false });
  });

  it("writes provenance into a brief that had none, at the current format, once reviewed", () => {
    expect(briefOut(newSession(seed))).toBe(seed);
    const out = briefOut(acceptAll(newSession(seed)));
    expect(out.provenance).toEqual({ method: "edited", by: "diplo-brief studio", reviewed: true });
    expect(out.schemaVersion).toBe(SCHEMA_VERSION);
    expect(safeParseBrief(out).problems).toBeUndefined();
  });
});
