import type { Quote } from "@diplo-brief/core";
import type { TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { tokens } from "../shared/tokens.styles.js";
import { quoteCardStyles } from "./quote-card.styles.js";
import { quoteTemplate } from "./quote-template.js";

/**
 * @tag diplo-quote-card
 * @summary One quote of a brief: the words (verbatim, or marked as a paraphrase), who said them,
 * how and where, and the evidence.
 *
 * @fires diplo-brief-load - When a valid brief is shown; `detail.brief`, `detail.source`.
 * @fires diplo-brief-error - When the brief is invalid or has no quote with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card (a `figure`).
 * @csspart badge - "Quote" or "Paraphrase".
 * @csspart text - The quoted words or the paraphrase.
 * @csspart title - The attribution: speaker, cue and setting.
 * @csspart unverified - The note shown when `verifyBrief` rejects the quote.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 */
export class DiploQuoteCard extends DiploItemCard<"quotes"> {
  static override styles = [tokens, cardStyles, quoteCardStyles];

  protected readonly collection = "quotes";
  protected readonly itemNoun = "quote";

  protected renderItem(quote: Quote, context: CardContext): TemplateResult {
    return quoteTemplate(context, quote);
  }
}
