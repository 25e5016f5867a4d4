import type { Event } from "@diplo-brief/core";
import type { PropertyValues, TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { tokens } from "../shared/tokens.styles.js";
import { eventCardStyles } from "./event-card.styles.js";
import { eventTemplate } from "./event-template.js";

/**
 * @tag diplo-event-card
 * @summary One event of a brief: its status in words (happened, expected, possible,
 * postponed…) beside a mark drawn in CSS, its time exactly as the article writes it and, where
 * the brief has one, the date; where and who.
 *
 * @fires diplo-brief-load - When a valid brief is shown; `detail.brief`, `detail.source`.
 * @fires diplo-brief-error - When the brief is invalid or has no event with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The event's title.
 * @csspart badge - The status, a mark and a word.
 * @csspart unverified - The note shown when `verifyBrief` rejects the event.
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
    const { item } = this;
    if (item && "status" in item && typeof item.status === "string") this.setAttribute("status", item.status);
    else this.removeAttribute("status");
  }

  protected renderItem(event: Event, context: CardContext): TemplateResult {
    return eventTemplate(context, event);
  }
}
