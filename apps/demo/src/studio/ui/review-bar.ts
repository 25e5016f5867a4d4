import { type ItemProblem, progress } from "../model/index.js";
import { element } from "./dom.js";
import type { Studio } from "./studio.js";

/**
 * How far the review has come ("12 of 40 reviewed"), the problems of the brief as a whole, and
 * whether every change is saved in this browser.
 */
export class ReviewBar {
  readonly #count: HTMLElement;
  readonly #meter: HTMLProgressElement;
  readonly #problems: HTMLElement;
  readonly #saved: HTMLElement;

  constructor(root: HTMLElement) {
    this.#count = element("p", "studio-progress-count");
    this.#count.id = "review-count";
    this.#meter = document.createElement("progress");
    this.#meter.setAttribute("aria-labelledby", this.#count.id);
    this.#saved = element("p", "studio-saved");
    this.#saved.id = "save-state";
    this.#problems = element("div", "");
    root.replaceChildren(element("div", "studio-progress", this.#count, this.#meter), this.#saved, this.#problems);
  }

  render(studio: Studio, problems: readonly ItemProblem[]): void {
    const { reviewed, total } = progress(studio.session);
    this.#count.textContent =
      total > 0 && reviewed === total ? `All ${total} reviewed: the brief goes out as reviewed.` : `${reviewed} of ${total} reviewed`;
    this.#meter.max = Math.max(total, 1);
    this.#meter.value = reviewed;
    this.renderSaved(studio);
    if (problems.length === 0) {
      this.#problems.replaceChildren();
      return;
    }
    const list = element("ul", "");
    for (const problem of problems) list.append(element("li", "", problem.message));
    const panel = element("div", "panel bad", element("p", "", "Problems of the brief as a whole:"), list);
    this.#problems.replaceChildren(panel);
  }

  renderSaved(studio: Studio): void {
    const save = studio.saveState;
    this.#saved.textContent =
      save.state === "failed" ? `Not saved: ${save.reason}. Download the brief to keep it.` : save.state === "saving" ? "Saving…" : "Every change is saved in this browser.";
    this.#saved.classList.toggle("bad", save.state === "failed");
  }
}
