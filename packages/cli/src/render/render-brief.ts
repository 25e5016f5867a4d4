import { type Brief, parseBrief } from "@diplo-brief/core";
import "@diplo-brief/elements/define";
import { render } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import { html } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";

export interface RenderBriefOptions {
  /** Which sections, in order, as for the `sections` attribute. */
  readonly sections?: string;
  /** `light`, `dark` or `auto`. */
  readonly theme?: "light" | "dark" | "auto";
  /** The level of the headline (2–6). */
  readonly headingLevel?: number;
}

/**
 * JSON that can sit inside a <script> element: `<` is escaped so no string in the brief can close
 * the element, and the two line terminators JSON allows but old script parsers did not.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * `<diplo-brief>` rendered to HTML with Lit SSR: the whole brief in declarative shadow DOM, readable
 * before and without any script, with the brief itself as an inline JSON child so the element can
 * hydrate from it when `diplo-brief-hydrate.js` loads. Validates first: throws a
 * `BriefValidationError` rather than render a broken brief.
 */
export async function renderBrief(input: unknown, options: RenderBriefOptions = {}): Promise<string> {
  const brief: Brief = parseBrief(input);
  // The JSON is ours, escaped for a script element, not text from the page: the one place a
  // string becomes markup here.
  const data = unsafeHTML(`<script type="application/json">${scriptSafeJson(brief)}</script>`);
  return collectResult(
    render(
      html`<diplo-brief
        .brief=${brief}
        sections=${options.sections ?? ""}
        theme=${options.theme ?? "auto"}
        heading-level=${options.headingLevel ?? 2}
        >${data}</diplo-brief
      >`,
    ),
  );
}
