import type { Session } from "../model/index.js";
import { briefOut } from "../model/index.js";

/**
 * The brief as readers will see it: `<diplo-brief>` with the brief that goes out, beside the
 * article, in place of the items. It is drawn only while shown, and again on every change then;
 * "Show in article" in it marks the studio's own article.
 */
export class Preview {
  readonly #pane: HTMLElement;
  readonly #items: HTMLElement;
  readonly #element: HTMLElementTagNameMap["diplo-brief"];

  constructor(pane: HTMLElement, items: HTMLElement) {
    this.#pane = pane;
    this.#items = items;
    this.#element = pane.querySelector("diplo-brief") as HTMLElementTagNameMap["diplo-brief"];
  }

  get shown(): boolean {
    return !this.#pane.hidden;
  }

  /** Shows the preview or the items, and moves focus to the heading of what is now shown. */
  toggle(session: Session): boolean {
    const show = !this.shown;
    this.#pane.hidden = !show;
    this.#items.hidden = show;
    this.render(session);
    (show ? this.#pane : this.#items).querySelector<HTMLElement>("h3")?.focus();
    return show;
  }

  render(session: Session): void {
    if (this.shown) this.#element.brief = briefOut(session);
  }

  /** Back to the items, without moving focus: for a new session. */
  reset(): void {
    this.#pane.hidden = true;
    this.#items.hidden = false;
  }
}
