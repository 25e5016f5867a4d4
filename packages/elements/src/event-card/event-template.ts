import type { Event } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { heading } from "../shared/heading.js";
import { nameOf } from "../shared/items.js";
import { formatDate, label } from "../shared/labels.js";

/** An event's status: a shape drawn in CSS (never a font glyph, which a font may lack) beside its word. */
export const statusBadge = (context: CardContext, event: Event): TemplateResult =>
  html`<span part="badge" class="badge status" data-status=${event.status}
    ><span class="mark" aria-hidden="true"></span>${context.t(label("status", event.status))}</span
  >`;

/** When an event happens: the time exactly as the article writes it and, where the brief has one, the date. */
export function eventTime(context: CardContext, event: Event): TemplateResult {
  const { when } = event;
  const date = when?.date;
  return html`${when ? html`<bdi lang=${context.lang}>${when.text}</bdi>` : html`<span class="muted">${context.t("noDate")}</span>`}${date
    ? html` · <time datetime=${date.value}>${formatDate(date, context.locale)}</time>`
    : nothing}`;
}

/** An event's card: title, status, time as written, where and who, and the evidence. */
export function eventTemplate(context: CardContext, event: Event): TemplateResult {
  const { brief, t } = context;
  const who = event.participants.map((id) => nameOf(brief, id)).join(", ");
  return html`<article part="base card" class="card" data-id=${event.id} data-status=${event.status}>
    <div class="card-header">${heading(context.level, event.title, "title", context.lang)} ${statusBadge(context, event)}</div>
    ${context.unverified(event.id)}
    <dl>
      <dt>${t("when")}</dt>
      <dd>${eventTime(context, event)}</dd>
      ${event.place ? html`<dt>${t("where")}</dt><dd lang=${context.lang} dir="auto">${nameOf(brief, event.place)}</dd>` : nothing}
      ${who ? html`<dt>${t("who")}</dt><dd lang=${context.lang} dir="auto">${who}</dd>` : nothing}
    </dl>
    ${context.evidence(event, event.title)}
  </article>`;
}
