import type { Brief } from "@diplo-brief/core";
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { cardStyles } from "../shared/card.styles.js";
import { DiploBriefPart } from "../shared/brief-part.js";
import type { DiploBriefErrorDetail } from "../shared/events.js";
import { Progressive } from "../shared/progressive.js";
import { tokens } from "../shared/tokens.styles.js";
import { orderEvents } from "./order-events.js";
import { timelineStyles } from "./timeline.styles.js";

/**
 * @tag diplo-timeline
 * @summary The events of a brief in time order: by date where the brief has one, in article
 * order otherwise, each with its time as written and its status in words.
 *
 * @fires diplo-brief-error - When the brief is missing or invalid.
 * @fires diplo-evidence - After "show in article" on an event.
 *
 * @csspart list - The ordered list of events.
 * @csspart card - Each event card; `card-title`, `card-badge` and `evidence-button` are its pieces.
 * @csspart error - The error panel.
 */
export class DiploTimeline extends DiploBriefPart<Brief> {
  static override styles = [tokens, cardStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    only: { attribute: false },
  };

  /** Only these event ids, in timeline order; all events when unset. */
  only?: Iterable<string>;

  #events = new Progressive(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("brief") || changed.has("only")) this.#events.restart();
  }

  protected resolve(): Brief | DiploBriefErrorDetail {
    return this.resolveBrief(this.brief);
  }

  protected renderResolved(brief: Brief): TemplateResult {
    const only = this.only ? new Set(this.only) : undefined;
    const events = orderEvents(brief.events).filter((event) => !only || only.has(event.id));
    if (events.length === 0) return html`<p class="muted">${this.t("none")}</p>`;
    // What every card depends on besides its event.
    const same = [brief, this.article, this.articleElement, this.strings, this.headingLevel, this.compact, this.theme, this.only];
    return html`<ol part="list" aria-busy=${this.#events.short(events)}>
      ${this.#events.draw(
        events,
        same,
        (event) =>
          html`<li>
            <diplo-event-card
              part="card"
              exportparts="base: card-base, title: card-title, badge: card-badge, evidence-button, evidence-source"
              .brief=${brief}
              item-id=${event.id}
              .article=${this.article}
              .articleElement=${this.articleElement}
              .strings=${this.strings}
              .headingLevel=${this.headingLevel}
              ?compact=${this.compact}
              theme=${this.theme}
            ></diplo-event-card>
          </li>`,
      )}
    </ol>`;
  }
}
