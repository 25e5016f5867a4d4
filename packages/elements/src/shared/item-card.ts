import type { Brief, Evidence } from "@diplo-brief/core";
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from "lit";
import { anchorEvidence, revealEvidence } from "../evidence/host-article.js";
import { DiploBriefPart } from "./brief-part.js";
import { errorPanel } from "./error-panel.js";
import { type DiploBriefErrorDetail, emit } from "./events.js";
import { isError, resolveBrief } from "./resolve-brief.js";
import { sentenceAround } from "./sentence.js";

let nextId = 0;

type Collection = "entities" | "issues" | "quotes" | "events";
export type ItemOf<C extends Collection> = Brief[C][number];

/**
 * A card that draws one item of a brief, found by `item-id`. Usable on its own (it validates
 * the brief it is given, once per brief object) or inside `<diplo-brief>`.
 */
export abstract class DiploItemCard<C extends Collection> extends DiploBriefPart {
  static override properties: PropertyDeclarations = {
    itemId: { attribute: "item-id", reflect: true },
    sourceShown: { state: true },
    evidenceStatus: { state: true },
  };

  /** The id of the item to show. */
  itemId = "";

  protected abstract readonly collection: C;
  /** What the item is called in messages: "entity", "quote"… */
  protected abstract readonly itemNoun: string;
  protected abstract renderItem(item: ItemOf<C>, brief: Brief): TemplateResult;

  private sourceShown = false;
  private evidenceStatus = "";

  #lastError: string | undefined;
  readonly #sourceId = `diplo-source-${nextId++}`;

  #resolve(): { brief: Brief; item: ItemOf<C> } | DiploBriefErrorDetail {
    const brief = resolveBrief(this.brief, (key, values) => this.t(key, values));
    if (isError(brief)) return brief;
    const items: readonly ItemOf<C>[] = brief[this.collection];
    const item = items.find((candidate) => candidate.id === this.itemId);
    if (!item) {
      return { reason: "missing-item", message: this.t("errorMissingItem", { kind: this.itemNoun, id: this.itemId }), problems: [] };
    }
    return { brief, item };
  }

  override render(): TemplateResult {
    const resolved = this.#resolve();
    if ("reason" in resolved) {
      return errorPanel(resolved, this.t("errorTitle"), (count) => this.t("moreProblems", { count }));
    }
    return this.renderItem(resolved.item, resolved.brief);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has("brief") && !changed.has("itemId")) return;
    const resolved = this.#resolve();
    const key = "reason" in resolved ? resolved.message : undefined;
    if ("reason" in resolved && key !== this.#lastError) emit(this, "diplo-brief-error", resolved);
    this.#lastError = key;
  }

  #showInArticle(article: Element, brief: Brief, item: { id: string; evidence: Evidence[] }): void {
    const ranges = item.evidence.flatMap((span) => anchorEvidence(article, brief.article.text, span)?.range ?? []);
    const found = ranges.length > 0;
    if (found) revealEvidence(ranges, { focus: true });
    this.sourceShown = !found;
    this.evidenceStatus = this.t(found ? "highlighted" : "notInArticle");
    emit(this, "diplo-evidence", { itemId: item.id, found });
  }

  /**
   * What the item rests on: "show in article" highlights it in the host page's article; without
   * one (or when the span is not found there) the source sentence is shown in place, marked.
   */
  protected renderEvidence(item: { id: string; evidence: Evidence[] }, brief: Brief): TemplateResult {
    const article = this.hostArticle;
    const shown = this.sourceShown;
    return html`<div class="evidence">
      ${article
        ? html`<button part="evidence-button" type="button" @click=${() => this.#showInArticle(article, brief, item)}>
            ${this.t("showInArticle")}
          </button>`
        : html`<button
            part="evidence-button"
            type="button"
            aria-expanded=${shown ? "true" : "false"}
            aria-controls=${this.#sourceId}
            @click=${() => (this.sourceShown = !shown)}
          >
            ${this.t(shown ? "hideSource" : "showSource")}
          </button>`}
      <p class="status" role="status">${this.evidenceStatus}</p>
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
