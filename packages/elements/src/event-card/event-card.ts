import type { Brief, Event } from "@diplo-brief/core";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { formatDate, label, statusSymbol } from "../shared/labels.js";
import { nameOf } from "../shared/items.js";
import { tokens } from "../shared/tokens.styles.js";
import { eventCardStyles } from "./event-card.styles.js";

/**
 * @tag diplo-event-card
 * @summary One event of a brief: its status in words (happened, expected, possible,
 * postponed…), its time exactly as the article writes it and, where the brief has one, the date;
 * where and who.
 *
 * @fires diplo-brief-error - When the brief is invalid or has no event with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The event's title.
 * @csspart badge - The status, a symbol and a word.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 */
export class DiploEventCard extends DiploItemCard<"events"> {
  static override styles = [tokens, cardStyles, eventCardStyles];

  protected readonly collection = "events";
  protected readonly itemNoun = "event";

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The status as an attribute lets pages style by it: diplo-event-card[status="postponed"].
    const { resolved } = this;
    if ("item" in resolved) this.setAttribute("status", resolved.item.status);
    else this.removeAttribute("status");
  }

  protected renderItem(event: Event, brief: Brief): TemplateResult {
    const { when } = event;
    const date = when?.date;
    return html`<article part="base" class="card">
      <div class="card-header">
        ${this.heading(this.headingLevel, event.title, "title")}
        <span part="badge" class="badge status"
          ><span class="status-symbol" aria-hidden="true">${statusSymbol[event.status]}</span>${this.t(label("status", event.status))}</span
        >
      </div>
      <dl>
        <dt>${this.t("when")}</dt>
        <dd>
          ${when ? when.text : html`<span class="muted">${this.t("noDate")}</span>`}
          ${date ? html` · <time datetime=${date.value}>${formatDate(date, this.locale)}</time>` : nothing}
        </dd>
        ${this.renderTerm(this.t("where"), event.place ? [nameOf(brief, event.place)] : [])}
        ${this.renderTerm(this.t("who"), event.participants.map((id) => nameOf(brief, id)))}
      </dl>
      ${this.renderEvidence(event, brief)}
    </article>`;
  }
}
