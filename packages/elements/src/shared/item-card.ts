import type { Brief, Evidence } from "@diplo-brief/core";
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from "lit";
import { anchorEvidence, revealEvidence } from "../evidence/host-article.js";
import { DiploBriefPart } from "./brief-part.js";
import { type DiploBriefErrorDetail, emit, isError } from "./events.js";
import { type ItemOf, itemOf } from "./items.js";
import { sentenceAround } from "./sentence.js";

let nextId = 0;

type Collection = "entities" | "issues" | "quotes" | "events";

/**
 * A card that draws one item of a brief, found by `item-id`. Usable on its own (it validates
 * the brief it is given, once per brief object) or inside `<diplo-brief>`.
 */
export abstract class DiploItemCard<C extends Collection> extends DiploBriefPart<{ brief: Brief; item: ItemOf<C> }> {
  static override properties: PropertyDeclarations = {
    itemId: { attribute: "item-id", reflect: true },
  };

  /** The id of the item to show. */
  itemId = "";

  protected abstract readonly collection: C;
  /** What the item is called in messages: "entity", "quote"… */
  protected abstract readonly itemNoun: string;
  protected abstract renderItem(item: ItemOf<C>, brief: Brief): TemplateResult;

  #sourceShown = false;
  #evidenceStatus = "";

  readonly #sourceId = `diplo-source-${nextId++}`;

  protected resolve(): { brief: Brief; item: ItemOf<C> } | DiploBriefErrorDetail {
    const brief = this.resolveBrief(this.brief);
    if (isError(brief)) return brief;
    const item = itemOf(brief, this.collection, this.itemId);
    if (!item) {
      return { reason: "missing-item", message: this.t("errorMissingItem", { kind: this.itemNoun, id: this.itemId }), problems: [] };
    }
    return { brief, item };
  }

  protected renderResolved({ item, brief }: { brief: Brief; item: ItemOf<C> }): TemplateResult {
    return this.renderItem(item, brief);
  }

  // The article is looked up on the press, not at render: the page may have added or replaced it
  // since. Only ranges in it count as found, so a stale or detached article never reports success.
  #showInArticle(brief: Brief, item: { id: string; evidence: Evidence[] }): void {
    const article = this.hostArticle;
    const ranges = article ? item.evidence.flatMap((span) => anchorEvidence(article, brief.article.text, span)?.range ?? []) : [];
    const found = ranges.length > 0;
    if (found) revealEvidence(ranges, { focus: true });
    this.#sourceShown = !found;
    this.#evidenceStatus = this.t(found ? "highlighted" : "notInArticle");
    this.requestUpdate();
    emit(this, "diplo-evidence", { itemId: item.id, found });
  }

  /**
   * What the item rests on: with an article named (`article` or `articleElement`), "show in
   * article" highlights it there; without one, or when it is not found there, the source sentence
   * is shown in place, marked.
   */
  protected renderEvidence(item: { id: string; evidence: Evidence[] }, brief: Brief): TemplateResult {
    const shown = this.#sourceShown;
    return html`<div class="evidence">
      ${this.article || this.articleElement
        ? html`<button part="evidence-button" type="button" @click=${() => this.#showInArticle(brief, item)}>
            ${this.t("showInArticle")}
          </button>`
        : html`<button
            part="evidence-button"
            type="button"
            aria-expanded=${shown ? "true" : "false"}
            aria-controls=${this.#sourceId}
            @click=${() => {
              this.#sourceShown = !shown;
              this.requestUpdate();
            }}
          >
            ${this.t(shown ? "hideSource" : "showSource")}
          </button>`}
      <p class="status" role="status">${this.#evidenceStatus}</p>
      <div part="evidence-source" id=${this.#sourceId} ?hidden=${!shown}>
        ${shown
          ? item.evidence.map((span) => {
              const { before, span: marked, after } = sentenceAround(brief.article.text, span);
              return html`<blockquote><p>${before}<mark>${marked}</mark>${after}</p></blockquote>`;
            })
          : nothing}
      </div>
    </div>`;
  }

  /** A labelled list of names, or nothing when empty. */
  protected renderTerm(label: string, values: readonly string[]): TemplateResult | typeof nothing {
    if (values.length === 0) return nothing;
    return html`<dt>${label}</dt><dd>${values.join(", ")}</dd>`;
  }
}
