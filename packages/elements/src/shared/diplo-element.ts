import { html, LitElement, type TemplateResult, type PropertyDeclarations } from "lit";
import { type DiploStringKey, type DiploStrings, defaultStrings, fill } from "./strings.js";

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

/**
 * What every diplo element shares: replaceable strings, a theme, the page's language for
 * dates, and headings at a level that fits the host page's outline.
 */
export class DiploElement extends LitElement {
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    theme: { reflect: true },
  };

  /** Replacements for any of the UI strings, e.g. `{ showAll: "Alles zeigen" }`. */
  strings: Partial<DiploStrings> = {};

  /** `light`, `dark`, or `auto` (the default) to follow `prefers-color-scheme`. */
  theme: Theme = "auto";

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
   * The element `selector` names in this element's own document or shadow root, or undefined
   * (also for a selector that does not parse: a bad attribute must not break the brief).
   */
  protected findInRoot(selector: string | undefined): Element | undefined {
    if (!selector) return undefined;
    try {
      return (this.getRootNode() as Document | ShadowRoot).querySelector(selector) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** A real heading at `level` (clamped to h2–h6), so screen readers can navigate by it. */
  protected heading(level: number, content: unknown, part: string): TemplateResult {
    switch (Math.min(Math.max(Math.trunc(level) || 2, 2), 6)) {
      case 2:
        return html`<h2 part=${part}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part}>${content}</h5>`;
      default:
        return html`<h6 part=${part}>${content}</h6>`;
    }
  }
}
