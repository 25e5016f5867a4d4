import type { Brief, Entity, Event, Issue, Quote } from "@diplo-brief/core";
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { statusBadge } from "../event-card/event-template.js";
import { eventCardStyles } from "../event-card/event-card.styles.js";
import { loaded, type OnDemand, withOnDemand } from "../evidence/load-on-demand.js";
import { issueCardStyles } from "../issue-card/issue-card.styles.js";
import { issueTemplate, natureBadge } from "../issue-card/issue-template.js";
import { quoteCardStyles } from "../quote-card/quote-card.styles.js";
import { quoteTemplate, quoteText } from "../quote-card/quote-template.js";
import type { CardContext } from "../shared/card-context.js";
import { cardStyles } from "../shared/card.styles.js";
import { DiploBriefHost } from "../shared/brief-host.js";
import { emit } from "../shared/events.js";
import { heading } from "../shared/heading.js";
import { itemOf, nameOf } from "../shared/items.js";
import { Progressive } from "../shared/progressive.js";
import type { DiploStringKey } from "../shared/strings.js";
import { tokens } from "../shared/tokens.styles.js";
import { timelineStyles } from "../timeline/timeline.styles.js";
import { timelineTemplate } from "../timeline/timeline-template.js";
import { briefStyles } from "./brief.styles.js";
import { overviewOf } from "./overview.js";
import type { Related } from "./relations.js";
import { type BriefSection, parseSections } from "./sections.js";

/**
 * @tag diplo-brief
 * @summary A whole grounded brief, news first: the summary, then at a glance what is at stake,
 * what was said and what comes next, with a way to every section; the key players as names to
 * choose, which filters the brief in place and marks their mentions in the article; issues,
 * quotes and a timeline, each item able to show the sentence of the article it rests on.
 *
 * Each list is one tab stop: the arrow keys, Home and End move within it. "Show in article"
 * moves focus to the marked passage, and Escape there comes back. Items that `verifyBrief`
 * rejects are marked; a brief drafted by a program and not reviewed says so first.
 *
 * @fires diplo-brief-load - When a valid brief is shown; `detail.brief`, `detail.source`. Never while the element is out of the page: it comes once the element is back.
 * @fires diplo-brief-error - When the brief cannot be shown: `detail.reason` (fetch, http, timeout, too-large, json, invalid, empty), `detail.message`, `detail.problems`. Never while the element is out of the page.
 * @fires diplo-select - When the reader chooses an entity, or clears the choice (`detail.id` null).
 * @fires diplo-evidence - After "show in article" on any card.
 *
 * @csspart base - The labelled region holding the brief.
 * @csspart notice - The note, first in the brief, that a program drafted it and no person has reviewed it yet (`provenance.method` drafted or edited, `reviewed` false).
 * @csspart header - The header: headline, source and dateline, summary.
 * @csspart headline - The headline.
 * @csspart meta - Source and dateline.
 * @csspart summary - The summary.
 * @csspart overview - The news at a glance: the contents, what is at stake, what was said, what comes next.
 * @csspart contents - The links to each section, with counts.
 * @csspart players - The key players, a disclosure holding the names to choose.
 * @csspart entity - Each name to choose: a toggle button.
 * @csspart section - Each section.
 * @csspart section-heading - Each section's heading.
 * @csspart group-heading - The headings of entity groups (people, countries…).
 * @csspart filter - The bar that says what the brief is filtered to, with the way back.
 * @csspart card - Every card; `title`, `badge`, `text`, `evidence-button`, `evidence-source`, `unverified` are their pieces.
 * @csspart axis - The timeline's dated events, in date order.
 * @csspart undated - The timeline's undated events, in article order.
 * @csspart loading - The loading message.
 * @csspart error - The error panel.
 *
 * @cssprop --diplo-color-background - Background of the brief.
 * @cssprop --diplo-color-surface - Background of the cards.
 * @cssprop --diplo-color-text - Text colour.
 * @cssprop --diplo-color-muted - Secondary text colour.
 * @cssprop --diplo-color-border - Borders and rules.
 * @cssprop --diplo-color-accent - Links, buttons, selection.
 * @cssprop --diplo-color-on-accent - Text on the accent colour.
 * @cssprop --diplo-color-focus - The focus ring.
 * @cssprop --diplo-color-mark - Background of marked evidence in cards.
 * @cssprop --diplo-color-dispute - Dispute badges and the error border.
 * @cssprop --diplo-color-cooperation - Cooperation badges.
 * @cssprop --diplo-color-concern - Concern badges and the edge of the unreviewed notice.
 * @cssprop --diplo-space - The base spacing unit.
 * @cssprop --diplo-radius - Corner radius.
 * @cssprop --diplo-font-family - Font family.
 * @cssprop --diplo-font-size - Base font size.
 * @cssprop --diplo-evidence-background - Background of evidence highlighted in the host article.
 * @cssprop --diplo-evidence-color - Text colour of evidence highlighted in the host article.
 * @cssprop --diplo-mention-background - Background of the chosen entity's mentions marked in the host article.
 * @cssprop --diplo-mention-color - Text colour of those mentions.
 */
export class DiploBrief extends DiploBriefHost {
  static override styles = [tokens, cardStyles, quoteCardStyles, issueCardStyles, eventCardStyles, timelineStyles, briefStyles];

  static override properties: PropertyDeclarations = {
    sections: {},
    layout: { reflect: true },
    selected: { reflect: true },
    label: {},
  };

  /** Which sections to show, in order: `header overview players issues quotes timeline` (spaces or commas). */
  sections = "";

  /** `compact` for narrow columns; otherwise the layout follows the element's width. */
  layout: "auto" | "compact" = "auto";

  /** The level of the headline (2–6); sections and cards follow below it. */
  override headingLevel = 2;

  /** The accessible name of the brief's region, "Brief: <headline>" by default; give each brief on a page its own. */
  label?: string;

  /** The chosen entity's id: what relates to it is shown, the rest filtered out, and its mentions are marked in the article. */
  selected: string | undefined;

  #lists = new Progressive(this);
  #related = new Progressive(this);
  /** How many mentions of the chosen entity are marked in the article, once counted. */
  #mentions: number | undefined;

  protected override settled(): void {
    super.settled();
    this.#lists.restart();
    this.#related.restart();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("selected")) this.#related.restart();
    if (changed.has("sections")) {
      const { unknown } = parseSections(this.sections);
      if (unknown.length > 0) console.warn("<diplo-brief>: unknown sections ignored:", unknown);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has("selected")) this.#markMentions();
    if (this.selected) this.renderRoot.querySelector<HTMLDetailsElement>("details.players")?.setAttribute("open", "");
  }

  /** Whether the reader has opened the players: their names are drawn only then (or for a choice). */
  #playersOpen = false;

  /** The players opened or closed: draws their names, loading the on-demand module first if need be. */
  readonly #needInteractions = (event: globalThis.Event): void => {
    this.#playersOpen = (event.target as HTMLDetailsElement).open;
    withOnDemand(this.renderRoot, () => this.requestUpdate());
  };

  #chosen(): Entity | undefined {
    const { state } = this.loader;
    return state.status === "ready" && this.selected ? itemOf(state.brief, "entities", this.selected) : undefined;
  }

  /** Marks the chosen entity's mentions in the article (or clears them), then draws the filter with the count. */
  #markMentions(): void {
    const chosen = this.#chosen();
    this.#mentions = undefined;
    withOnDemand(this.renderRoot, () => {
      if (chosen !== this.#chosen()) return;
      this.#mentions = (loaded as OnDemand).markChosen(this.hostArticle, chosen);
      this.requestUpdate();
    });
  }

  #choose(id: string | null): void {
    this.selected = id ?? undefined;
    emit(this, "diplo-select", { kind: "entity", id });
  }

  /**
   * Clears the choice ("Show everything" or Escape). Focus that left with the filter (on its
   * button, or in a related card) goes back to the name the reader chose, or to the brief.
   */
  async #clear(): Promise<void> {
    const id = this.selected ?? "";
    this.#choose(null);
    await this.updateComplete;
    if (this.matches(":focus-within")) return;
    const name = this.renderRoot.querySelector<HTMLElement>(`[data-entity="${CSS.escape(id)}"]`);
    (name ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]'))?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.selected) void this.#clear();
  }

  /** The contents' links: to a section, focused, since fragments do not reach into a shadow root. */
  #jump(event: MouseEvent): void {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    // Focus scrolls the section into view.
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  protected renderBrief(brief: Brief): TemplateResult {
    const chosen = this.#chosen();
    // What the on-demand module draws comes after the first render, which may be hydrating
    // markup the server drew without it.
    const more = this.hasUpdated ? loaded : undefined;
    const related = chosen && more?.relatedTo(brief, chosen.id);
    const { sections } = parseSections(this.sections);
    const { provenance } = brief;
    // Sections sit below the headline, or take its level when the header is not shown.
    const level = sections.includes("header") ? this.headingLevel : this.headingLevel - 1;
    const context = this.context(brief, level + 2, this.layout === "compact", true);
    // The filter follows the players when they are shown, and leads otherwise.
    const filter = this.#renderFilter(context, chosen, related);
    const view: View = { brief, context, chosen, related, level, sections, more };
    // tabindex: focus has somewhere to go back to when what held it is gone.
    return html`<section
      part="base"
      class="brief"
      tabindex="-1"
      aria-label=${this.label || this.t("briefLabel", { headline: brief.article.headline })}
      @keydown=${this.#onKeydown}
    >
      ${provenance && !provenance.reviewed && provenance.method !== "written"
        ? html`<p part="notice" class="notice" role="note">${this.t("provenanceDrafted")}</p>`
        : nothing}
      ${sections.includes("players") ? nothing : filter}
      ${sections.map((section) => html`${this.#renderSection(section, view)}${section === "players" ? filter : nothing}`)}
    </section>`;
  }

  /** A list of cards: the whole list, hidden while an entity is chosen, and the related items drawn apart. */
  #list(view: View, name: string, ids: readonly string[], filter: ReadonlySet<string> | undefined, card: (id: string) => TemplateResult): TemplateResult {
    const related = filter && ids.filter((id) => filter.has(id));
    return html`${(related ?? ids).length === 0 ? this.#none(view, Boolean(related)) : nothing}
      <ul class="grid" data-roving ?hidden=${Boolean(related) || ids.length === 0} aria-busy=${this.#lists.short(ids)}>
        ${this.#draw(this.#lists, view.context, name, ids, undefined, card)}
      </ul>
      ${related?.length
        ? html`<ul class="grid" data-roving aria-busy=${this.#related.short(related)}>
            ${this.#draw(this.#related, view.context, name, related, filter, card)}
          </ul>`
        : nothing}`;
  }

  // A list is drawn in slices (a screenful, then one per task), each only once unless the card
  // context, the filter (`which`) or what its own items show changed.
  #draw(
    progressive: Progressive,
    context: CardContext,
    name: string,
    ids: readonly string[],
    which: unknown,
    card: (id: string) => TemplateResult,
    key: (slice: readonly string[]) => unknown = (slice) => this.evidence.key(slice),
  ): unknown {
    return progressive.draw(ids, [context, name, which], (id) => html`<li>${card(id)}</li>`, key);
  }

  #none({ context, chosen }: View, filtered: boolean): TemplateResult {
    return html`<p class="muted">${chosen && filtered ? context.t("noneRelated", { name: chosen.name }) : context.t("none")}</p>`;
  }

  #frame(view: View, name: "issues" | "quotes" | "timeline", body: unknown): TemplateResult {
    return html`<section part="section" class=${name} id=${name} tabindex="-1">
      ${heading(view.level + 1, this.t(contents[name][0]), "section-heading")}${body}
    </section>`;
  }

  #renderSection(section: BriefSection, view: View): TemplateResult {
    const { brief, context, chosen, related, level, more } = view;
    switch (section) {
      case "header":
        return html`<header part="header">
          ${heading(this.headingLevel, brief.article.headline, "headline", context.lang)}
          <p part="meta" class="muted">${[brief.article.source, brief.article.dateline].filter(Boolean).join(" · ")}</p>
          ${brief.summary ? html`<p part="summary" lang=${context.lang} dir="auto">${brief.summary}</p>` : nothing}
        </header>`;
      case "overview":
        return this.#renderOverview(view);
      case "players":
        return html`<details part="players" class="players" id="players" @toggle=${this.#needInteractions}>
          <summary>${heading(level + 1, html`${this.t("sectionPlayers")} <span class="count">${brief.entities.length}</span>`, "section-heading")}</summary>
          ${(this.#playersOpen || chosen) && more?.chipsTemplate(
            context,
            chosen,
            level + 2,
            // Choosing draws again only the slices holding the old and the new choice.
            (name, ids, item) => this.#lists.draw(ids, [context, name], item, (slice) => chosen && slice.includes(chosen.id) && chosen.id),
            (id) => this.#choose(id),
          )}
        </details>`;
      case "issues":
        return this.#frame(
          view,
          "issues",
          this.#list(view, "issues", brief.issues.map((i) => i.id), related?.issues, (id) => issueTemplate(context, itemOf(brief, "issues", id) as Issue)),
        );
      case "quotes":
        return this.#frame(
          view,
          "quotes",
          this.#list(view, "quotes", brief.quotes.map((q) => q.id), related?.quotes, (id) => quoteTemplate(context, itemOf(brief, "quotes", id) as Quote)),
        );
      case "timeline": {
        const timeline = (events: readonly Event[], progressive: Progressive, which: unknown) =>
          timelineTemplate(
            context,
            events,
            (name, ids, item) => progressive.draw(ids, [context, name, which], item, (slice) => this.evidence.key(slice)),
            (items) => progressive.short(items),
          );
        const relatedEvents = related && brief.events.filter((event) => related.events.has(event.id));
        return this.#frame(
          view,
          "timeline",
          html`<div ?hidden=${Boolean(related)}>${timeline(brief.events, this.#lists, undefined)}</div>
            ${relatedEvents ? (relatedEvents.length > 0 ? timeline(relatedEvents, this.#related, related) : this.#none(view, true)) : nothing}`,
        );
      }
    }
  }

  #renderOverview({ brief, context, level, sections }: View): TemplateResult {
    const { issues, quotes, next } = overviewOf(brief);
    const block = (title: DiploStringKey, body: unknown) => html`<div class="glance">${heading(level + 1, this.t(title), "group-heading")}${body}</div>`;
    return html`<section part="overview" class="overview">
      <nav part="contents" aria-label=${this.t("contents")}>
        <ul>
          ${sections.map((section) => {
            const [title, collection] = contents[section as keyof typeof contents] ?? [];
            return title ? html`<li><a href=${`#${section}`} @click=${this.#jump}>${this.t(title)} <span class="count">${brief[collection].length}</span></a></li>` : nothing;
          })}
        </ul>
      </nav>
      ${issues.length > 0
        ? block(
            "atStake",
            html`<ul>
              ${issues.map((issue) => html`<li lang=${context.lang} dir="auto">${natureBadge(context, issue, true)}${issue.title}</li>`)}
            </ul>`,
          )
        : nothing}
      ${quotes.length > 0
        ? block(
            "keyQuotes",
            quotes.map(
              (quote) =>
                html`<figure>
                  ${quoteText(context, quote)}
                  <figcaption class="speaker">— <bdi lang=${context.lang}>${nameOf(brief, quote.speaker)}</bdi></figcaption>
                </figure>`,
            ),
          )
        : nothing}
      ${next.length > 0
        ? block(
            "comingNext",
            html`<ul>
              ${next.map((event) => html`<li>${statusBadge(context, event)} <bdi lang=${context.lang}>${event.title}</bdi>${event.when ? html` <span class="muted">(<bdi lang=${context.lang}>${event.when.text}</bdi>)</span>` : nothing}</li>`)}
            </ul>`,
          )
        : nothing}
    </section>`;
  }

  /** Says what the brief is filtered to, with the way back and the chosen entity's card; an empty live region otherwise, so the first choice is announced. */
  #renderFilter(context: CardContext, chosen: Entity | undefined, related: Related | undefined): TemplateResult {
    const active = chosen && related && this.hasUpdated && loaded;
    return html`<div part="filter" class="filter" ?data-active=${Boolean(active)}>
      <p role="status">${active ? active.filterMessage(context, chosen, related, this.#mentions) : ""}</p>
      ${active ? active.chosenTemplate(context, chosen, () => void this.#clear()) : nothing}
    </div>`;
  }
}

/** The sections the contents lead to: each one's heading, and the list whose items it counts. */
const contents = {
  players: ["sectionPlayers", "entities"],
  issues: ["sectionIssues", "issues"],
  quotes: ["sectionQuotes", "quotes"],
  timeline: ["sectionTimeline", "events"],
} as const satisfies Partial<Record<BriefSection, readonly [DiploStringKey, "entities" | "issues" | "quotes" | "events"]>>;

interface View {
  readonly brief: Brief;
  readonly context: CardContext;
  readonly chosen: Entity | undefined;
  readonly related: Related | undefined;
  /** The level of the headline (or of sections, without a header). */
  readonly level: number;
  readonly sections: readonly BriefSection[];
  /** The on-demand module, when it has loaded and this is not the first render. */
  readonly more: OnDemand | undefined;
}
