import type { Brief, Issue } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { label } from "../shared/labels.js";
import { nameOf } from "../shared/items.js";
import { tokens } from "../shared/tokens.styles.js";
import { issueCardStyles } from "./issue-card.styles.js";

/**
 * @tag diplo-issue-card
 * @summary One issue of a brief: what is at stake, whether it divides or unites the parties, and
 * each party's position where the article gives one.
 *
 * @fires diplo-brief-error - When the brief is invalid or has no issue with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The issue's title.
 * @csspart badge - The nature (dispute, cooperation, concern) and category badges.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 *
 * @cssprop --diplo-color-dispute - Text colour of the "dispute" badge.
 * @cssprop --diplo-color-cooperation - Text colour of the "cooperation" badge.
 * @cssprop --diplo-color-concern - Text colour of the "concern" badge.
 */
export class DiploIssueCard extends DiploItemCard<"issues"> {
  static override styles = [tokens, cardStyles, issueCardStyles];

  protected readonly collection = "issues";
  protected readonly itemNoun = "issue";

  protected renderItem(issue: Issue, brief: Brief): TemplateResult {
    return html`<article part="base" class="card">
      <div class="card-header">
        ${this.heading(this.headingLevel, issue.title, "title")}
        <span part="badge" class=${`badge nature-${issue.nature}`}>${this.t(label("nature", issue.nature))}</span>
        <span part="badge" class="badge muted">${issue.category}</span>
      </div>
      <p>${issue.summary}</p>
      ${issue.parties.length > 0
        ? html`<p class="meta">${this.t("parties")}</p>
            <ul class="parties">
              ${issue.parties.map(
                (party) =>
                  html`<li><strong>${nameOf(brief, party.entity)}</strong>${party.position && !this.compact ? html`: ${party.position}` : nothing}</li>`,
              )}
            </ul>`
        : nothing}
      ${this.renderEvidence(issue, brief)}
    </article>`;
  }
}
