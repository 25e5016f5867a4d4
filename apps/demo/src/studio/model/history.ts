import type { Session } from "./session.js";

// Enough for a long sitting; edits share what they did not change, so each step costs little.
const LIMIT = 500;

/** The sessions a person can go back and forth between: each edit is one step, named by what it did. */
export class History {
  private readonly past: Session[] = [];
  private readonly future: Session[] = [];
  // What each step did, by the session it made: undo and redo say what they took back or did again.
  private readonly labels = new WeakMap<Session, string>();
  private present: Session;

  constructor(initial: Session) {
    this.present = initial;
  }

  get current(): Session {
    return this.present;
  }

  /** Makes `next` current, `label` saying what the step did ("Removed Entity “Qin Gang”."); what was undone can no longer be redone. */
  apply(next: Session, label?: string): void {
    if (label !== undefined) this.labels.set(next, label);
    this.past.push(this.present);
    if (this.past.length > LIMIT) this.past.shift();
    this.future.length = 0;
    this.present = next;
  }

  /** The session before, now current; undefined when there is none. */
  undo(): Session | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present);
    this.present = previous;
    return previous;
  }

  /** The session undone last, current again; undefined when there is none. */
  redo(): Session | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present);
    this.present = next;
    return next;
  }

  /** What undo would take back: the label of the current step. */
  get undoLabel(): string | undefined {
    return this.past.length > 0 ? this.labels.get(this.present) : undefined;
  }

  /** What redo would do again: the label of the step undone last. */
  get redoLabel(): string | undefined {
    const next = this.future.at(-1);
    return next === undefined ? undefined : this.labels.get(next);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
