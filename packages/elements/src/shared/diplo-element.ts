import type { Brief } from "@diplo-brief/core";
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import type { DiploBriefErrorDetail } from "./events.js";
import { type DiploStringKey, type DiploStrings, defaultStrings, fill } from "./strings.js";
import { validate } from "./validate.js";

export type Theme = "light" | "dark" | "auto";

/** The language that applies to `element`: the nearest `lang`, looking through shadow roots. */
function languageOf(element: Element): string {
  // Server-side rendering has no DOM to look through: the page's language is left to the client.
  if (typeof element.closest !== "function") return "en";
  let node: Element | null = element;
  while (node) {
    const lang = node.closest("[lang]")?.getAttribute("lang");
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return navigator.language || "en";
}

const shownProblems = 5;

/**
 * What every diplo element shares: replaceable strings, a theme, the page's language for
 * dates, the host page's article, headings at a level that fits the host page's outline, and one
 * way of failing: a readable error panel instead of a blank or half-drawn brief.
 */
export class DiploElement extends LitElement {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    theme: { reflect: true },
    article: {},
  };

  /** Replacements for any of the UI strings, e.g. `{ showAll: "Alles zeigen" }`. */
  strings: Partial<DiploStrings> = {};

  /** `light`, `dark`, or `auto` (the default) to follow `prefers-color-scheme`. */
  theme: Theme = "auto";

  /** CSS selector of the article on the host page, for "show in article". */
  article?: string;

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Controls hidden until now (server-rendered markup, before the script runs) come into use.
    this.toggleAttribute("data-ready", true);
  }

  protected t(key: DiploStringKey, values: Record<string, string | number> = {}): string {
    return fill(this.strings[key] ?? defaultStrings[key], values);
  }

  /** The language dates are formatted in. */
  protected get locale(): string {
    try {
      return Intl.getCanonicalLocales(languageOf(this))[0] ?? "en";
    } catch {
      return "en";
    }
  }

  /**
   * The element `selector` names in the document or shadow root holding this element (or, for an
   * element drawn inside another diplo element, holding that one: a card in a brief looks where
   * the brief does), or undefined, also for a selector that does not parse: a bad attribute must
   * not break the brief.
   */
  protected findInRoot(selector: string | undefined): Element | undefined {
    try {
      let root = this.getRootNode();
      while (root instanceof ShadowRoot && root.host instanceof DiploElement) root = root.host.getRootNode();
      return (selector && (root as ParentNode).querySelector(selector)) || undefined;
    } catch {
      return undefined;
    }
  }

  /** The valid brief `input` is, or the error to show instead. */
  protected resolveBrief(input: unknown): Brief | DiploBriefErrorDetail {
    if (input === undefined || input === null) return { reason: "empty", message: this.t("errorEmpty"), problems: [] };
    const verdict = validate(input);
    if (verdict.success) return verdict.data;
    return { reason: "invalid", message: this.t("errorInvalid", { count: verdict.problems.length }), problems: verdict.problems };
  }

  /** The error panel: what failed, then the first problems with their paths. */
  protected renderError(error: DiploBriefErrorDetail): TemplateResult {
    const hidden = error.problems.length - shownProblems;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title"><strong>${this.t("errorTitle")}</strong></p>
      <p>${error.message}</p>
      ${error.problems.length > 0
        ? html`<ul>
            ${error.problems.slice(0, shownProblems).map((p) => html`<li><code>${p.message}</code></li>`)}
          </ul>
          ${hidden > 0 ? html`<p>${this.t("moreProblems", { count: hidden })}</p>` : null}`
        : null}
    </div>`;
  }
}
