import type { Brief, Entity } from "@diplo-brief/core";
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from "lit";
import { DiploElement } from "../shared/diplo-element.js";
import { type BriefSource, type DiploBriefErrorDetail, emit, isError } from "../shared/events.js";
import { entityKindOrder, label } from "../shared/labels.js";
import { Progressive } from "../shared/progressive.js";
import { cardStyles } from "../shared/card.styles.js";
import { tokens } from "../shared/tokens.styles.js";
import { briefStyles } from "./brief.styles.js";
import { type Related, relatedTo } from "./relations.js";
import { type BriefSection, parseSections } from "./sections.js";

type LoadState =
  | { readonly status: "empty" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly brief: Brief; readonly source: BriefSource }
  | { readonly status: "error"; readonly error: DiploBriefErrorDetail };

/**
 * @tag diplo-brief
 * @summary A whole grounded brief: header, key players, issues, quotes and timeline, each item
 * able to show the sentence of the article it rests on.
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
 * @csspart section - Each section.
 * @csspart section-heading - Each section's heading.
 * @csspart group-heading - The headings of entity groups (people, countries…).
 * @csspart filter - The bar that says what the brief is filtered to, with the way back.
 * @csspart card - Every card; `card-title`, `card-badge`, `evidence-button`, `evidence-source` are their pieces.
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
 */
export class DiploBrief extends DiploElement {
  static override styles = [tokens, cardStyles, briefStyles];

  static override properties: PropertyDeclarations = {
    brief: { attribute: false },
    src: { reflect: true },
    sections: {},
    layout: { reflect: true },
    timeout: { type: Number },
    maxSize: { type: Number, attribute: "max-size" },
    headingLevel: { type: Number, attribute: "heading-level" },
    selected: { reflect: true },
    label: {},
    inlineJson: { state: true },
  };

  /** The brief as an object. Wins over `src` and an inline JSON script; validated either way. */
  brief?: Brief;

  /**
   * URL of a brief as JSON. A newer `src` cancels the request for an older one, and so does taking
   * the element out of the page (putting it back loads it again).
   */
  src?: string;

  /**
   * How long loading `src` may take, in milliseconds, body included, before it gives up with
   * reason `timeout`: 30000 by default (as for any value that is not a positive number).
   */
  timeout = defaultTimeout;

  /**
   * The largest `src` body, in bytes as decoded, before loading gives up with reason `too-large`:
   * 20 MB (20971520 bytes, the CLI's limit for a brief file) by default, as for any value that is
   * not a positive number. Counted while the body streams in, so a compressed bomb stops there.
   */
  maxSize = defaultMaxSize;

  /** Which sections to show, in order: `header players issues quotes timeline` (spaces or commas). */
  sections = "";

  /** `compact` for narrow columns; otherwise the layout follows the element's width. */
  layout: "auto" | "compact" = "auto";

  /** The level of the headline (2–6); sections and cards follow below it. */
  headingLevel = 2;

  /** The accessible name of the brief's region, "Brief: <headline>" by default; give each brief on a page its own. */
  label?: string;

  /** The chosen entity's id: what relates to it is shown, the rest filtered out. */
  selected: string | undefined;

  #load: LoadState = { status: "empty" };
  private inlineJson: string | undefined;

  #lists = new Progressive(this);
  #related = new Progressive(this);
  #request: AbortController | undefined;
  #pending: (() => void) | undefined;
  // Made on connection, not construction: server-side rendering constructs elements where no
  // MutationObserver exists.
  #observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInline();
    this.#observer ??= new MutationObserver(() => this.#readInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    // Back in the page: a load cut short by leaving it starts again, and a result reached while
    // away is announced now.
    if (this.#load.status === "loading" && !this.#request) this.#reload();
    else if (this.#pending) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#request?.abort();
    this.#request = undefined;
  }

  #readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("brief") || changed.has("src") || changed.has("inlineJson")) this.#reload();
    if (changed.has("selected")) this.#related.restart();
    if (changed.has("sections")) {
      const { unknown } = parseSections(this.sections);
      if (unknown.length > 0) console.warn(`<diplo-brief>: unknown sections ignored: ${unknown.join(", ")}`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Events go out after the render, so listeners find the element already showing the result,
    // and only in the page: a detached element keeps its news until it is back.
    if (!this.isConnected) return;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.();
  }

  #settle(load: LoadState): void {
    this.#load = load;
    this.requestUpdate();
    this.#lists.restart();
    this.#related.restart();
    if (load.status === "ready") this.#pending = () => emit(this, "diplo-brief-load", { brief: load.brief, source: load.source });
    else if (load.status === "error") this.#pending = () => emit(this, "diplo-brief-error", load.error);
    else this.#pending = undefined;
  }

  #accept(input: unknown, source: BriefSource): LoadState {
    const brief = this.resolveBrief(input);
    return isError(brief) ? { status: "error", error: { ...brief, source } } : { status: "ready", brief, source };
  }

  #failure(reason: DiploBriefErrorDetail["reason"], source: BriefSource, message: string, status?: number): LoadState {
    return { status: "error", error: { reason, source, message, problems: [], ...(status === undefined ? {} : { status }) } };
  }

  #reload(): void {
    this.#request?.abort();
    this.#request = undefined;
    if (this.brief !== undefined) this.#settle(this.#accept(this.brief, "property"));
    else if (this.src) {
      // Out of the page it only waits, "loading", until it is back.
      if (this.isConnected) void this.#fetchBrief(this.src);
      else this.#settle({ status: "loading" });
    }
    else if (this.inlineJson !== undefined) this.#settle(this.#parseJson(this.inlineJson, "inline", "<script type=\"application/json\">"));
    else this.#settle({ status: "empty" });
  }

  #parseJson(text: string, source: BriefSource, where: string): LoadState {
    try {
      return this.#accept(JSON.parse(text), source);
    } catch (error) {
      return this.#failure("json", source, this.t("errorJson", { src: where, detail: (error as Error).message }));
    }
  }

  async #fetchBrief(src: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.#settle({ status: "loading" });
    const timeout = positive(this.timeout, defaultTimeout);
    const maxSize = positive(this.maxSize, defaultMaxSize);
    // Giving up aborts the request with the reason, which the fetch or the body then rejects with.
    // setTimeout fires at once past 2^31 - 1 ms; Infinity means "as late as it can".
    const timer = setTimeout(() => request.abort("timeout"), Math.min(timeout, 2 ** 31 - 1));
    let result: LoadState;
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: request.signal,
        headers: { accept: "application/json" },
      });
      result = response.ok
        ? this.#parseJson(await readBody(response, request, maxSize), "src", src)
        : this.#failure("http", "src", this.t("errorHttp", { status: `${response.status} ${response.statusText}`.trim(), src }), response.status);
    } catch (error) {
      // Giving up is a failed fetch too, said the same way, with its own reason.
      const reason: unknown = request.signal.reason;
      const gaveUp = reason === "timeout" || reason === "too-large";
      const detail = gaveUp
        ? this.t(reason === "timeout" ? "errorTimeout" : "errorTooLarge", { seconds: timeout / 1000, bytes: maxSize.toLocaleString(this.locale) })
        : error instanceof Error
          ? error.message
          : String(error);
      result = this.#failure(gaveUp ? reason : "fetch", "src", this.t("errorFetch", { src, detail }));
    }
    clearTimeout(timer);
    // A newer src took over, or the element left the page.
    if (request !== this.#request) return;
    this.#request = undefined;
    this.#settle(result);
  }

  #choose(id: string | null): void {
    this.selected = id ?? undefined;
  }

  #onSelect(event: CustomEvent<{ id: string | null }>): void {
    this.#choose(event.detail.id);
  }

  /**
   * Clears the choice ("Show everything" or Escape). Focus that left with the filter (on its
   * button, or in a related card) goes back to the name the reader chose, or to the brief.
   */
  async #clear(): Promise<void> {
    const id = this.selected ?? "";
    this.#choose(null);
    emit(this, "diplo-select", { kind: "entity", id: null });
    await this.updateComplete;
    if (this.matches(":focus-within")) return;
    const name = this.renderRoot.querySelector(`diplo-entity-card[item-id="${CSS.escape(id)}"]`)?.shadowRoot?.querySelector("button");
    (name ?? this.renderRoot.querySelector<HTMLElement>('[part~="base"]'))?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.selected) void this.#clear();
  }

  override render(): TemplateResult {
    const load = this.#load;
    switch (load.status) {
      case "empty":
        return html`<p part="loading" class="loading">${this.t("errorEmpty")}</p>`;
      case "loading":
        return html`<div part="base" class="brief" aria-busy="true">
          <p part="loading" class="loading" role="status">${this.t("loading")}</p>
        </div>`;
      case "error":
        return this.renderError(load.error);
      case "ready":
        return this.#renderBrief(load.brief);
    }
  }

  #renderBrief(brief: Brief): TemplateResult {
    const chosen = this.selected ? brief.entities.find((e) => e.id === this.selected) : undefined;
    const related = chosen ? relatedTo(brief, chosen.id) : undefined;
    const { sections } = parseSections(this.sections);
    // The filter bar follows the header when the header comes first, and leads otherwise.
    const filter = this.#renderFilter(chosen);
    const { provenance } = brief;
    const headerFirst = sections[0] === "header";
    // Sections sit below the headline, or take its level when the header is not shown.
    const level = sections.includes("header") ? this.headingLevel : this.headingLevel - 1;
    // tabindex: focus has somewhere to go back to when what held it is gone.
    return html`<section
      part="base"
      class="brief"
      tabindex="-1"
      aria-label=${this.label || this.t("briefLabel", { headline: brief.article.headline })}
      @diplo-select=${this.#onSelect}
      @keydown=${this.#onKeydown}
    >
      ${provenance && !provenance.reviewed && provenance.method !== "written"
        ? html`<p part="notice" class="notice" role="note">${this.t("provenanceDrafted")}</p>`
        : nothing}
      ${headerFirst ? nothing : filter}
      ${sections.map(
        (section) =>
          html`${this.#renderSection(section, brief, chosen, related, level)}
          ${section === "header" && headerFirst ? filter : nothing}`,
      )}
    </section>`;
  }

  #renderSection(
    section: BriefSection,
    brief: Brief,
    chosen: Entity | undefined,
    related: Related | undefined,
    level: number,
  ): TemplateResult {
    const compact = this.layout === "compact";
    // What every card depends on besides its item.
    const same = [brief, this.article, this.strings, level, compact, this.theme];
    const none = (filtered: boolean) => html`<p class="muted">${chosen && filtered ? this.t("noneRelated", { name: chosen.name }) : this.t("none")}</p>`;
    // A list is drawn in slices (a screenful, then one per task), each only once unless what its
    // cards show changed. `which` tells a list's related items from the whole list.
    const draw = (progressive: Progressive, name: string, ids: readonly string[], which: unknown, hidden: boolean, card: Card, sliceKey?: SliceKey) =>
      html`<ul class="grid" ?hidden=${hidden} aria-busy=${progressive.short(ids)}>
        ${progressive.draw(ids, [...same, name, which], (id) => html`<li>${card(id)}</li>`, sliceKey)}
      </ul>`;
    // While an entity is chosen the whole list stays drawn, hidden, and the related items are
    // drawn apart: choosing and going back redraw nothing, and the browser hides one list far
    // faster than thousands of items.
    const list = (name: string, ids: readonly string[], filter: ReadonlySet<string> | undefined, card: Card, sliceKey?: SliceKey) => {
      const related = filter && ids.filter((id) => filter.has(id));
      return html`${(related ?? ids).length === 0 ? none(Boolean(related)) : nothing}
        ${draw(this.#lists, name, ids, undefined, Boolean(related) || ids.length === 0, card, sliceKey)}
        ${related?.length ? draw(this.#related, name, related, filter, false, card) : nothing}`;
    };
    const frame = (name: string, title: string, body: unknown) =>
      html`<section part="section" class=${name}>${this.heading(level + 1, title, "section-heading")}${body}</section>`;

    switch (section) {
      case "header":
        return html`<header part="header">
            ${this.heading(this.headingLevel, brief.article.headline, "headline")}
            <p part="meta" class="muted">${[brief.article.source, brief.article.dateline].filter(Boolean).join(" · ")}</p>
            ${brief.summary ? html`<p>${brief.summary}</p>` : nothing}
          </header>`;
      case "players":
        return frame(
          "players",
          this.t("sectionPlayers"),
          entityKindOrder.map((kind) => {
            const entities = brief.entities.filter((e) => e.kind === kind);
            if (entities.length === 0) return nothing;
            return html`${this.heading(level + 2, this.t(label("kind", kind)), "group-heading")}
            ${list(
              kind,
              entities.map((e) => e.id),
              undefined,
              (id) =>
                html`<diplo-entity-card
                  part="card"
                  exportparts=${cardParts}
                  .brief=${brief}
                  item-id=${id}
                  selectable
                  ?selected=${id === chosen?.id}
                  .article=${this.article}
                  .strings=${this.strings}
                  .headingLevel=${level + 3}
                  ?compact=${compact}
                  theme=${this.theme}
                ></diplo-entity-card>`,
              // Choosing redraws only the slices holding the old and the new choice.
              (slice) => chosen && slice.includes(chosen.id) && chosen.id,
            )}`;
          }),
        );
      case "issues":
        return frame(
          "issues",
          this.t("sectionIssues"),
          list(
            "issues",
            brief.issues.map((i) => i.id),
            related?.issues,
            (id) =>
              html`<diplo-issue-card part="card" exportparts=${cardParts} .brief=${brief} item-id=${id} .article=${this.article}
                .strings=${this.strings} .headingLevel=${level + 2} ?compact=${compact} theme=${this.theme}></diplo-issue-card>`,
          ),
        );
      case "quotes":
        return frame(
          "quotes",
          this.t("sectionQuotes"),
          list(
            "quotes",
            brief.quotes.map((q) => q.id),
            related?.quotes,
            (id) =>
              html`<diplo-quote-card part="card" exportparts=${cardParts} .brief=${brief} item-id=${id} .article=${this.article}
                .strings=${this.strings} .headingLevel=${level + 2} ?compact=${compact} theme=${this.theme}></diplo-quote-card>`,
          ),
        );
      case "timeline": {
        const timeline = (only?: ReadonlySet<string>) =>
          html`<diplo-timeline
            ?hidden=${!only && Boolean(related)}
            exportparts="card, card-base, card-title, card-badge, evidence-button, evidence-source"
            .brief=${brief}
            .only=${only}
            .article=${this.article}
            .strings=${this.strings}
            .headingLevel=${level + 2}
            ?compact=${compact}
            theme=${this.theme}
          ></diplo-timeline>`;
        return frame(
          "timeline",
          this.t("sectionTimeline"),
          html`${timeline()}${related ? (related.events.size > 0 ? timeline(related.events) : none(true)) : nothing}`,
        );
      }
    }
  }

  /** Says what the brief is filtered to, with the way back; an empty live region otherwise, so the first choice is announced. */
  #renderFilter(chosen: Entity | undefined): TemplateResult {
    return html`<div part="filter" class="filter" ?data-active=${Boolean(chosen)}>
      <p role="status">${chosen ? this.t("filtered", { name: chosen.name }) : ""}</p>
      ${chosen ? html`<button type="button" @click=${this.#clear}>${this.t("showAll")}</button>` : nothing}
    </div>`;
  }
}

const defaultTimeout = 30_000;
/** 20 MB of 1024 × 1024 bytes, the CLI's limit too: larger than any real brief by far (the seed is 55 KB). */
const defaultMaxSize = 20_971_520;

const positive = (value: number, fallback: number): number => (value > 0 ? value : fallback);

/**
 * The body as text, no more than `maxSize` bytes of it as decoded: past that, the request is
 * aborted, which cancels the body, so a small compressed bomb never inflates in memory. A
 * Content-Length (the bytes as sent) already past the limit gives up before reading at all.
 */
async function readBody(response: Response, request: AbortController, maxSize: number): Promise<string> {
  if (Number(response.headers.get("content-length")) > maxSize) request.abort("too-large");
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    request.signal.throwIfAborted();
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return new Blob(chunks).text();
    chunks.push(chunk.value);
    if ((size += chunk.value.byteLength) > maxSize) request.abort("too-large");
  }
}

type Card = (id: string) => TemplateResult;
type SliceKey = (slice: readonly string[]) => unknown;

const cardParts = "base: card-base, title: card-title, badge: card-badge, evidence-button, evidence-source";
