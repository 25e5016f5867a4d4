import { html, type TemplateResult } from "lit";
import type { DiploBriefErrorDetail } from "./events.js";

const shownProblems = 5;

/**
 * The readable error panel every element shows instead of a blank or half-drawn brief: what
 * failed, then the first problems with their paths.
 */
export function errorPanel(
  error: DiploBriefErrorDetail,
  title: string,
  more: (count: number) => string,
): TemplateResult {
  const hidden = error.problems.length - shownProblems;
  return html`<div part="error" class="error" role="alert">
    <p class="error-title"><strong>${title}</strong></p>
    <p>${error.message}</p>
    ${error.problems.length > 0
      ? html`<ul>
          ${error.problems.slice(0, shownProblems).map((p) => html`<li><code>${p.message}</code></li>`)}
        </ul>
        ${hidden > 0 ? html`<p>${more(hidden)}</p>` : null}`
      : null}
  </div>`;
}
