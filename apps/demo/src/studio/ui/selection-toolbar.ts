import type { Brief } from "@diplo-brief/core";
import {
  addEvidence,
  createEntity,
  createEvent,
  createIssue,
  createQuote,
  type Edit,
  EditError,
  findItem,
  labelOf,
  type Selection,
  setAttribution,
  spanOf,
} from "../model/index.js";
import type { Announcer } from "./announcer.js";
import { button, element, quoted } from "./dom.js";
import { focusFirst, keepingFocus } from "./focus.js";
import { choice, labelled } from "./form-controls.js";
import type { Studio } from "./studio.js";

const made = (item: string): string => `Made ${item}.`;

/**
 * What can be done with the words selected in the article: make an entity, quote, event or issue
 * of them, add them to the chosen item as evidence, or make them the chosen quote's source, cue or
 * content. It sits below the article and is always there, never shown on hover, so it works with
 * a tablet's selection handles and is the next stop after the article for a keyboard.
 */
export class SelectionToolbar {
  readonly #root: HTMLElement;
  readonly #studio: Studio;
  readonly #announcer: Announcer;
  readonly #error: HTMLElement;
  #selection: Selection | undefined;
  /** Whether the person is choosing a new quote's speaker. */
  #quoting = false;

  constructor(root: HTMLElement, studio: Studio, announcer: Announcer) {
    this.#root = root;
    this.#studio = studio;
    this.#announcer = announcer;
    this.#error = element("p", "studio-error");
    this.#error.id = "selection-error";
    this.#error.setAttribute("role", "alert");
  }

  /** Offers what can be done with newly selected words, or, with none, says how to select them. */
  show(selection: Selection | undefined): void {
    this.#selection = selection;
    this.#quoting &&= selection !== undefined;
    this.#error.textContent = "";
    keepingFocus(() => this.render(), ["article"]);
  }

  render(): void {
    const brief = this.#studio.brief;
    const span = this.#selection && spanOf(brief.article.text, this.#selection);
    const said = element("p", "studio-selection-text");
    said.id = "selection-text";
    if (!span) {
      said.textContent = "Select words of the article (with the mouse, by touch, or with Shift and the arrow keys) to make an item of them or add them to the chosen one.";
      this.#root.replaceChildren(said, this.#error);
      return;
    }
    said.append(element("span", "studio-label", "Selected: "), quoted(span.text));
    const parts: HTMLElement[] = [said, this.#quoting ? this.#speakerStep(brief) : this.#makeGroup()];
    const chosen = this.#studio.selected;
    if (chosen !== undefined && !this.#quoting) parts.push(this.#addGroup(brief, chosen));
    this.#root.replaceChildren(...parts, this.#error);
  }

  #makeGroup(): HTMLElement {
    const group = element(
      "div",
      "studio-actions",
      button("New entity", "make:entity", () => this.#apply((brief, selection) => createEntity(brief, selection), made)),
      button("New quote…", "make:quote", () => this.#startQuote()),
      button("New event", "make:event", () => this.#apply((brief, selection) => createEvent(brief, selection), made)),
      button("New issue", "make:issue", () => this.#apply((brief, selection) => createIssue(brief, selection), made)),
    );
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Make an item of the selected words");
    return group;
  }

  #addGroup(brief: Brief, chosen: string): HTMLElement {
    const label = labelOf(brief, chosen);
    const group = element(
      "div",
      "studio-actions",
      element("span", "studio-label", `Add to ${label}:`),
      button("As evidence", "add:evidence", () => this.#apply((b, selection) => addEvidence(b, chosen, selection), (item) => `Added the words to ${item} as evidence.`)),
    );
    if (findItem(brief, chosen)?.collection === "quotes") {
      for (const role of ["source", "cue", "content"] as const) {
        const set = (b: Brief, selection: Selection): Edit => setAttribution(b, chosen, role, selection);
        group.append(button(`As its ${role}`, `add:${role}`, () => this.#apply(set, (item) => `The words are now the ${role} of ${item}.`)));
      }
    }
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", `Add the selected words to ${label}`);
    return group;
  }

  #startQuote(): void {
    if (this.#studio.brief.entities.length === 0) {
      this.#error.textContent = "A quote needs a speaker: make an entity of the speaker's name first.";
      return;
    }
    this.#quoting = true;
    this.render();
    focusFirst(["quote:speaker"]);
  }

  /** A new quote needs its speaker: chosen here, the chosen entity first if there is one. */
  #speakerStep(brief: Brief): HTMLElement {
    const chosen = this.#studio.selected;
    const speaker = chosen !== undefined && findItem(brief, chosen)?.collection === "entities" ? chosen : "";
    const select = choice("quote:speaker", brief.entities.map((entity) => [entity.id, entity.name]), speaker);
    const cancel = (): void => {
      this.#quoting = false;
      this.render();
      focusFirst(["make:quote"]);
    };
    const step = element(
      "div",
      "studio-actions",
      labelled("Speaker", select),
      button("Make the quote", "quote:make", () => {
        this.#quoting = false;
        this.#apply((b, selection) => createQuote(b, selection, { speaker: select.value }), made, ["make:quote"]);
      }, ""),
      button("Cancel", "quote:cancel", cancel),
    );
    step.setAttribute("role", "group");
    step.setAttribute("aria-label", "Make a quote of the selected words");
    step.addEventListener("keydown", (event) => {
      if (event.key === "Escape") cancel();
    });
    return step;
  }

  /** Makes the edit and says what came of it (`said` words it with the item's label), or, when it cannot be made, why. */
  #apply(make: (brief: Brief, selection: Selection) => Edit, said: (label: string) => string, fallbacks: readonly string[] = []): void {
    const selection = this.#selection;
    if (!selection) return;
    try {
      const saying = (edit: Edit): string => said(edit.id === undefined ? "the brief" : labelOf(edit.brief, edit.id));
      const edit = keepingFocus(() => this.#studio.edit((brief) => make(brief, selection), saying), fallbacks);
      this.#error.textContent = "";
      this.#announcer.say(saying(edit), ...edit.effects);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.#error.textContent = error.message;
    }
  }
}
