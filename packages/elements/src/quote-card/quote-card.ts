import type { Brief, Quote } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { nameOf } from "../shared/items.js";
import { tokens } from "../shared/tokens.styles.js";
import { quoteCardStyles } from "./quote-card.styles.js";

/**
 * @tag diplo-quote-card
 * @summary One quote of a brief: the words (verbatim, or marked as a paraphrase), who said them,
 * how and where, and the evidence.
 *
 * @fires diplo-brief-error - When the brief is invalid or has no quote with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card (a `figure`).
 * @csspart badge - "Quote" or "Paraphrase".
 * @csspart text - The quoted words or the paraphrase.
 * @csspart title - The attribution: speaker, cue and setting.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 */
export class DiploQuoteCard extends DiploItemCard<"quotes"> {
  static override styles = [tokens, cardStyles, quoteCardStyles];

  protected readonly collection = "quotes";
  protected readonly itemNoun = "quote";

  protected renderItem(quote: Quote, brief: Brief): TemplateResult {
    const { setting } = quote;
    const context = [setting?.occasion, setting?.place ? nameOf(brief, setting.place) : undefined, setting?.when]
      .filter((part): part is string => Boolean(part))
      .join(", ");
    const direct = quote.mode === "direct";
    return html`<figure part="base" class="card">
      <div class="card-header">
        <span part="badge" class="badge">${this.t(direct ? "direct" : "indirect")}</span>
      </div>
      ${direct
        ? html`<blockquote part="text">${quote.text}</blockquote>`
        : html`<p part="text" class="paraphrase">${quote.text}</p>`}
      <figcaption part="title">
        <span class="speaker">${nameOf(brief, quote.speaker)}</span>
        <span class="muted">${quote.cue}${setting?.audience ? ` (${setting.audience})` : ""}</span>
        ${context && !this.compact ? html`<span class="muted">· ${context}</span>` : nothing}
      </figcaption>
      ${this.renderEvidence(quote, brief)}
    </figure>`;
  }
}
