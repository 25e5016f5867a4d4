import type { Event } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import { eventTemplate } from "../event-card/event-template.js";
import type { CardContext } from "../shared/card-context.js";
import { heading } from "../shared/heading.js";
import { layoutTimeline } from "./timeline-layout.js";

/** Draws a list's items, in slices for long lists: the host's. `name` tells its lists apart. */
export type DrawList = (name: string, ids: readonly string[], item: (id: string) => TemplateResult) => unknown;

/**
 * A timeline: dated events on a time axis in date order, each year marked where it starts, and
 * undated events apart, in article order, with no axis: their order in time is not known. Times
 * are shown as the article writes them ("on Sunday"), with the date where the brief has one.
 * `busy` says whether a list is still filling (its `aria-busy`), as `draw` draws it.
 */
export function timelineTemplate(
  context: CardContext,
  events: readonly Event[],
  draw: DrawList,
  busy: (items: readonly unknown[]) => boolean,
  name = "timeline",
): TemplateResult {
  const { dated, undated, years } = layoutTimeline(events);
  const byId = new Map(events.map((event) => [event.id, event]));
  const card = (id: string) => eventTemplate({ ...context, level: context.level + 1 }, byId.get(id) as Event);
  if (events.length === 0) return html`<p class="muted">${context.t("none")}</p>`;
  return html`${dated.length > 0
    ? html`${heading(context.level, context.t("dated"), "group-heading")}
        <ol part="axis" class="axis" data-roving aria-busy=${busy(dated)}>
          ${draw(
            `${name}-dated`,
            dated.map((event) => event.id),
            (id) => {
              const year = years.get(id);
              return html`<li>${year ? html`<p class="year" aria-hidden="true">${year}</p>` : nothing}${card(id)}</li>`;
            },
          )}
        </ol>`
    : nothing}
  ${undated.length > 0
    ? html`${heading(context.level, context.t("undated"), "group-heading")}
        <ul part="undated" class="undated grid" data-roving aria-busy=${busy(undated)}>
          ${draw(
            `${name}-undated`,
            undated.map((event) => event.id),
            (id) => html`<li>${card(id)}</li>`,
          )}
        </ul>`
    : nothing}`;
}
