import type { Issue } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { heading } from "../shared/heading.js";
import { nameOf } from "../shared/items.js";
import { label } from "../shared/labels.js";

/**
 * The mark of an issue's nature, drawn in CSS: a shape as well as a colour, and a word, which
 * `wordHidden` keeps for screen readers alone (the overview, where the issue's card has it in full).
 */
export const natureBadge = (context: CardContext, issue: Issue, wordHidden = false): TemplateResult =>
  html`<span part="badge" class=${wordHidden ? "nature" : "badge nature"} data-nature=${issue.nature}><span class="mark" aria-hidden="true"></span
    ><span class=${wordHidden ? "visually-hidden" : ""}>${context.t(label("nature", issue.nature))}</span></span
  >`;

/** An issue's card: what is at stake, its nature and category, the parties and their positions. */
export function issueTemplate(context: CardContext, issue: Issue): TemplateResult {
  const { brief, t } = context;
  return html`<article part="base card" class="card" data-id=${issue.id}>
    <div class="card-header">
      ${heading(context.level, issue.title, "title", context.lang)} ${natureBadge(context, issue)}
      <span part="badge" class="badge muted">${t(label("category", issue.category))}</span>
    </div>
    ${context.unverified(issue.id)}
    <p lang=${context.lang} dir="auto">${issue.summary}</p>
    ${issue.parties.length > 0
      ? html`<p class="meta">${t("parties")}</p>
          <ul class="parties">
            ${issue.parties.map(
              (party) =>
                html`<li lang=${context.lang} dir="auto"><strong>${nameOf(brief, party.entity)}</strong>${party.position && !context.compact ? html`: ${party.position}` : nothing}</li>`,
            )}
          </ul>`
      : nothing}
    ${context.evidence(issue, issue.title)}
  </article>`;
}
