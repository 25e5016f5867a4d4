import type { Brief } from "@diplo-brief/core";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { eventCardStyles } from "../event-card/event-card.styles.js";
import { DiploBriefHost } from "../shared/brief-host.js";
import { cardStyles } from "../shared/card.styles.js";
import { Progressive } from "../shared/progressive.js";
import { tokens } from "../shared/tokens.styles.js";
import { timelineStyles } from "./timeline.styles.js";
import { timelineTemplate } from "./timeline-template.js";

/**
 * @tag diplo-timeline
 * @summary The events of a brief on a time axis: dated events in date order, each year marked
 * where it starts, and undated events apart, in article order, never drawn as if their order in
 * time were known. Each event has its time as the article writes it and its status in words.
 * It loads its brief as `<diplo-brief>` does.
 *
 * Each list is one tab stop; the arrow keys, Home and End move within it.
 *
 * @fires diplo-brief-load - When a valid brief is shown.
 * @fires diplo-brief-error - When the brief is missing or invalid.
 * @fires diplo-evidence - After "show in article" on an event.
 *
 * @csspart axis - The dated events, in date order.
 * @csspart undated - The undated events, in article order.
 * @csspart group-heading - The headings of the two lists.
 * @csspart base - Each event's card; `title`, `badge`, `unverified`, `evidence-button` and `evidence-source` are its pieces.
 * @csspart error - The error panel.
 */
export class DiploTimeline extends DiploBriefHost {
  static override styles = [tokens, cardStyles, eventCardStyles, timelineStyles];

  static override properties: PropertyDeclarations = {
    only: { attribute: false },
    compact: { type: Boolean, reflect: true },
  };

  /** Only these event ids; all events when unset. */
  only?: Iterable<string>;

  /** A tighter layout for narrow columns. */
  compact = false;

  #events = new Progressive(this);

  protected override settled(): void {
    super.settled();
    this.#events.restart();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("only")) this.#events.restart();
  }

  protected renderBrief(brief: Brief): TemplateResult {
    const only = this.only ? new Set(this.only) : undefined;
    const events = only ? brief.events.filter((event) => only.has(event.id)) : brief.events;
    const context = this.context(brief, this.headingLevel, this.compact, true);
    return timelineTemplate(
      context,
      events,
      (name, ids, item) => this.#events.draw(ids, [context, name, this.only], item, (slice) => this.evidence.key(slice)),
      (items) => this.#events.short(items),
    );
  }
}
