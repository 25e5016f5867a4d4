import type { Brief } from "@diplo-brief/core";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { DiploElement } from "./diplo-element.js";
import { type DiploBriefErrorDetail, emit, isError } from "./events.js";

/**
 * What a card or the timeline shares: the brief it draws from, the host article, its heading
 * level and compactness, and one way of failing: instead of drawing, an error panel and one
 * `diplo-brief-error` per distinct problem.
 */
export abstract class DiploBriefPart<T extends object> extends DiploElement {
  static override properties: PropertyDeclarations = {
    brief: { attribute: false },
    articleElement: { attribute: false },
    headingLevel: { type: Number, attribute: "heading-level" },
    compact: { type: Boolean, reflect: true },
  };

  /** The brief to draw from; validated once per object. Set a new object to change it. */
  brief?: Brief;

  /** The host page's article element itself, for "show in article"; wins over `article` while it is in the page. */
  articleElement?: Element;

  /** The level of the headings this part starts at (2–6), to fit the page's outline. */
  headingLevel = 3;

  /** A tighter layout for narrow columns. */
  compact = false;

  // Set in willUpdate, which runs before every render and updated, on the server too.
  #resolved!: T | DiploBriefErrorDetail;
  #lastError: string | undefined;

  /** What to draw, found from the current properties, or the error to show instead. */
  protected abstract resolve(): T | DiploBriefErrorDetail;
  protected abstract renderResolved(value: T): TemplateResult;

  /** What this update resolved to, for subclasses that act on it after rendering. */
  protected get resolved(): T | DiploBriefErrorDetail {
    return this.#resolved;
  }

  /** The article "show in article" searches, looked up now: only one in the page will do. */
  protected get hostArticle(): Element | undefined {
    return [this.articleElement, this.findInRoot(this.article)].find((article) => article?.isConnected);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#resolved = this.resolve();
  }

  override render(): TemplateResult {
    const resolved = this.#resolved;
    return isError(resolved) ? this.renderError(resolved) : this.renderResolved(resolved);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const resolved = this.#resolved;
    const error = isError(resolved) ? resolved : undefined;
    if (error && error.message !== this.#lastError) emit(this, "diplo-brief-error", error);
    this.#lastError = error?.message;
  }
}
