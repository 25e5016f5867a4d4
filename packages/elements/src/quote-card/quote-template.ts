import type { Quote } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { nameOf } from "../shared/items.js";

/** How a quote was said: the cue, and the audience unless the cue already names it ("told reporters"). */
export function attribution(quote: Quote): string {
  const audience = quote.setting?.audience;
  return audience && !quote.cue.toLowerCase().includes(audience.toLowerCase()) ? `${quote.cue} (${audience})` : quote.cue;
}

/** The quoted words, verbatim or marked as a paraphrase. */
export const quoteText = (context: CardContext, quote: Quote): TemplateResult =>
  quote.mode === "direct"
    ? html`<blockquote part="text" lang=${context.lang} dir="auto">${quote.text}</blockquote>`
    : html`<p part="text" class="paraphrase" lang=${context.lang} dir="auto">${quote.text}</p>`;

/** A quote's card: the words, who said them, how and where, and the evidence. */
export function quoteTemplate(context: CardContext, quote: Quote): TemplateResult {
  const { brief, t } = context;
  const { setting } = quote;
  const where = [setting?.occasion, setting?.place ? nameOf(brief, setting.place) : undefined, setting?.when]
    .filter((part): part is string => Boolean(part))
    .join(", ");
  const speaker = nameOf(brief, quote.speaker);
  return html`<figure part="base card" class="card" data-id=${quote.id}>
    <div class="card-header">
      <span part="badge" class="badge">${t(quote.mode === "direct" ? "direct" : "indirect")}</span>
    </div>
    ${context.unverified(quote.id)} ${quoteText(context, quote)}
    <figcaption part="title">
      <bdi class="speaker" lang=${context.lang}>${speaker}</bdi>
      <bdi class="muted" lang=${context.lang}>${attribution(quote)}</bdi>
      ${where && !context.compact ? html`<span class="muted">· <bdi lang=${context.lang}>${where}</bdi></span>` : nothing}
    </figcaption>
    ${context.evidence(quote, `${speaker}: ${quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text}`)}
  </figure>`;
}
