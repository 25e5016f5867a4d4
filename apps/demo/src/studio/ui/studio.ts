import type { Brief } from "@diplo-brief/core";
import { accept, type Edit, findItem, History, labelOf, type Session, saveSession, withBrief } from "../model/index.js";

/** Whether the latest state is in IndexedDB yet; `failed` carries the reason, for the person. */
export type SaveState = { readonly state: "saving" | "saved" } | { readonly state: "failed"; readonly reason: string };

/**
 * One brief in progress, as the page edits it: the session with its undo history, the item the
 * editor has chosen, and the autosave. Every change, an edit, an acceptance, an undo, saves the
 * session and fires `change`; choosing another item fires `change` too, since what the page marks
 * depends on it. The parts of the page listen and redraw; none of them keeps state of its own.
 */
export class Studio extends EventTarget {
  readonly #history: History;
  #selected: string | undefined;
  /** Saves run one after another, so an older state never lands after a newer one. */
  #saving: Promise<void> = Promise.resolve();
  #saveState: SaveState = { state: "saved" };

  constructor(session: Session) {
    super();
    this.#history = new History(session);
  }

  get session(): Session {
    return this.#history.current;
  }

  get brief(): Brief {
    return this.#history.current.brief;
  }

  /** The chosen item, forgotten once it no longer exists (deleted, merged away, undone). */
  get selected(): string | undefined {
    return this.#selected !== undefined && findItem(this.brief, this.#selected) ? this.#selected : undefined;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  select(id: string | undefined): void {
    if (id === this.#selected) return;
    this.#selected = id;
    this.#changed();
  }

  /**
   * Makes an edit of the brief and chooses the item it made or changed. An `EditError` is thrown
   * before anything changes, for the caller to show where the person acted.
   */
  edit(make: (brief: Brief) => Edit, said: (edit: Edit) => string): Edit {
    const edit = make(this.brief);
    this.#history.apply(withBrief(this.session, edit), said(edit));
    if (edit.id !== undefined) this.#selected = edit.id;
    this.#saveAndChange();
    return edit;
  }

  accept(id: string): void {
    const next = accept(this.session, id);
    // Accepting twice is no step to undo.
    if (next === this.session) return;
    this.#history.apply(next, `Accepted ${labelOf(this.brief, id)}.`);
    this.#saveAndChange();
  }

  /** Takes back the last step; what it did, or undefined when there was nothing to undo. */
  undo(): string | undefined {
    const label = this.#history.undoLabel ?? "the last change";
    if (!this.#history.undo()) return undefined;
    this.#saveAndChange();
    return label;
  }

  /** Does again the step undone last; what it did, or undefined when there was nothing to redo. */
  redo(): string | undefined {
    const label = this.#history.redoLabel ?? "the change";
    if (!this.#history.redo()) return undefined;
    this.#saveAndChange();
    return label;
  }

  /** Saves the session as it is: a brief opened or drafted is in the list of briefs in progress at once. */
  save(): void {
    const session = this.session;
    this.#saveState = { state: "saving" };
    this.#saving = this.#saving.then(async () => {
      try {
        await saveSession(session);
        // Only the newest state's save says "saved": an older one finishing is not the end.
        if (session === this.session) this.#saveState = { state: "saved" };
      } catch (error) {
        this.#saveState = { state: "failed", reason: error instanceof Error ? error.message : String(error) };
      }
      this.dispatchEvent(new Event("save"));
    });
  }

  #saveAndChange(): void {
    this.save();
    this.#changed();
  }

  #changed(): void {
    this.dispatchEvent(new Event("change"));
  }
}
