import type { Brief } from "@diplo-brief/core";
import { html, nothing, type ReactiveElement, type TemplateResult } from "lit";
import type { Grounded } from "../shared/card-context.js";
import { emit } from "../shared/events.js";
import type { DiploStringKey } from "../shared/strings.js";
import { loaded, type OnDemand, withOnDemand } from "./load-on-demand.js";

interface ItemState {
  /** The source sentences are shown in place. */
  readonly shown: boolean;
  /** What the last press said, read out by the card's live region. */
  readonly status: string;
}

export interface EvidenceOptions {
  /** The host page's article, looked up now; undefined without one. */
  readonly article: () => Element | undefined;
  /** Whether an article is named, found or not: the control offers "show in article" then. */
  readonly named: () => boolean;
  readonly t: (key: DiploStringKey) => string;
}

let nextId = 0;

/**
 * The evidence control of every card a host draws, and what each has shown: "show in article"
 * marks the spans in the host page's article and moves focus there (Escape comes back), and
 * without an article, or when the spans are not in it, the source sentences open in place.
 * Controls carry `data-rove`, so a list can give them a roving tab stop.
 */
export class EvidenceStates {
  #states = new Map<string, ItemState>();
  readonly #prefix = `diplo-source-${nextId++}-`;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: EvidenceOptions,
  ) {}

  /** A new brief: nothing is shown any more. */
  reset(): void {
    this.#states.clear();
    this.said = "";
  }

  /** What changed for these items, as one value: a list slice is drawn again when it differs. */
  key(ids: readonly string[]): string {
    if (this.#states.size === 0) return "";
    return ids.map((id) => {
      const state = this.#states.get(id);
      return state ? `${id}:${state.shown}:${state.status}` : "";
    }).join();
  }

  /** What the last press said: the host reads it out from one live region. */
  said = "";

  #set(id: string, state: ItemState): void {
    this.#states.set(id, state);
    this.said = state.status;
    this.host.requestUpdate();
  }

  // The article is looked up on the press, not at render: the page may have added or replaced it
  // since. Only ranges in it count as found, so a stale or detached article never reports success.
  #showInArticle(brief: Brief, item: Grounded, button: HTMLElement): void {
    withOnDemand(this.host.renderRoot, () => {
      const found = (loaded as OnDemand).showInArticle(this.options.article(), brief.article.text, item, button);
      this.#set(item.id, { shown: !found, status: this.options.t(found ? "highlighted" : "notInArticle") });
      emit(this.host, "diplo-evidence", { itemId: item.id, found });
    });
  }

  /** The control for `item`, named for it (`name`), with its live status and the source it may open. */
  render(brief: Brief, item: Grounded, name: string, roving: boolean): TemplateResult {
    const state = this.#states.get(item.id);
    const shown = state?.shown ?? false;
    const sourceId = this.#prefix + item.id;
    const inArticle = this.options.named();
    const action = this.options.t(inArticle ? "showInArticle" : shown ? "hideSource" : "showSource");
    return html`<div class="evidence">
      <button
        part="evidence-button"
        type="button"
        data-rove
        tabindex=${roving ? "-1" : nothing}
        aria-expanded=${inArticle ? nothing : String(shown)}
        aria-controls=${shown ? sourceId : nothing}
        @click=${(event: Event) =>
          inArticle
            ? void this.#showInArticle(brief, item, event.currentTarget as HTMLElement)
            : withOnDemand(this.host.renderRoot, () => this.#set(item.id, { shown: !shown, status: "" }))}
      >
        ${action}<span class="visually-hidden">: ${name}</span>
      </button>
      ${state
        ? html`<p class="said">${state.status}</p>
            <div part="evidence-source" id=${sourceId}>${shown ? loaded?.sourceTemplate(brief, item) : nothing}</div>`
        : nothing}
    </div>`;
  }
}
