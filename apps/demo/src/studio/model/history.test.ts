import { describe, expect, it } from "vitest";
import { createEntity, deleteItem } from "./edits.js";
import { History } from "./history.js";
import { newSession, withBrief } from "./session.js";
import { seed, words } from "./test-support.js";

describe("History", () => {
  const first = newSession(seed);
  const second = withBrief(first, createEntity(first.brief, words("Hua Chunying")));
  const third = withBrief(second, deleteItem(second.brief, "hua-chunying"));

  it("goes back and forth between the sessions applied", () => {
    const history = new History(first);
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    history.apply(second);
    history.apply(third);
    expect(history.current).toBe(third);
    expect(history.undo()).toBe(second);
    expect(history.undo()).toBe(first);
    expect(history.current).toBe(first);
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
    expect(history.redo()).toBe(second);
    expect(history.redo()).toBe(third);
    expect([history.canUndo, history.canRedo]).toEqual([true, false]);
  });

  it("has nothing to undo at the start or to redo at the end", () => {
    const history = new History(first);
    expect(history.undo()).toBeUndefined();
    expect(history.redo()).toBeUndefined();
    expect(history.current).toBe(first);
  });

  it("forgets what was undone when a new session is applied", () => {
    const history = new History(first);
    history.apply(second);
    history.undo();
    history.apply(third);
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBeUndefined();
    expect(history.undo()).toBe(first);
  });

  it("says what undo would take back and redo would do again", () => {
    const history = new History(first);
    expect(history.undoLabel).toBeUndefined();
    history.apply(second, "Made Entity “Hua Chunying”.");
    history.apply(third, "Removed Entity “Hua Chunying”.");
    expect(history.undoLabel).toBe("Removed Entity “Hua Chunying”.");
    history.undo();
    expect([history.undoLabel, history.redoLabel]).toEqual(["Made Entity “Hua Chunying”.", "Removed Entity “Hua Chunying”."]);
    history.undo();
    expect([history.undoLabel, history.redoLabel]).toEqual([undefined, "Made Entity “Hua Chunying”."]);
  });

  it("undoes an edit to the very brief before it", () => {
    const history = new History(first);
    history.apply(second);
    expect(history.current.brief.entities.some((e) => e.id === "hua-chunying-2")).toBe(true);
    expect(history.undo()?.brief).toBe(seed);
  });
});
