import type { Brief, Evidence } from "@diplo-brief/core";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property } from "lit/decorators.js";
import { DiploElement } from "./diplo-element.js";
import { errorPanel } from "./error-panel.js";
import { type DiploBriefErrorDetail, emit } from "./events.js";
import { isError, resolveBrief } from "./resolve-brief.js";

type Collection = "entities" | "issues" | "quotes" | "events";
export type ItemOf<C extends Collection> = Brief[C][number];

/**
 * A card that draws one item of a brief, found by `item-id`. Usable on its own (it validates
 * the brief it is given, once per brief object) or inside `<diplo-brief>`.
 */
export abstract class DiploItemCard<C extends Collection> extends DiploElement {
  /** The brief the item belongs to. Set a new object to change it. */
  @property({ attribute: false }) brief?: Brief;

  /** The id of the item to show. */
  @property({ attribute: "item-id", reflect: true }) itemId = "";

  /** CSS selector of the article on the host page, for "show in article". */
  @property() article?: string;

  /** The host page's article element itself; `<diplo-brief>` passes it down. Wins over `article`. */
  @property({ attribute: false }) articleElement?: Element;

  /** The level of the card's heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: "heading-level" }) headingLevel = 3;

  /** A tighter layout for narrow columns. */
  @property({ type: Boolean, reflect: true }) compact = false;

  protected abstract readonly collection: C;
  /** What the item is called in messages: "entity", "quote"… */
  protected abstract readonly itemNoun: string;
  protected abstract renderItem(item: ItemOf<C>, brief: Brief): TemplateResult;

  private lastError: string | undefined;

  private resolve(): { brief: Brief; item: ItemOf<C> } | DiploBriefErrorDetail {
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
    const resolved = this.resolve();
    if ("reason" in resolved) {
      return errorPanel(resolved, this.t("errorTitle"), (count) => this.t("moreProblems", { count }));
    }
    return this.renderItem(resolved.item, resolved.brief);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has("brief") && !changed.has("itemId")) return;
    const resolved = this.resolve();
    const key = "reason" in resolved ? resolved.message : undefined;
    if ("reason" in resolved && key !== this.lastError) emit(this, "diplo-brief-error", resolved);
    this.lastError = key;
  }

  /** The article element "show in article" searches: the one passed down, or `article` resolved in this element's document. */
  protected get hostArticle(): Element | undefined {
    return this.articleElement ?? this.findInRoot(this.article);
  }

  protected renderEvidence(item: { id: string; evidence: Evidence[] }, brief: Brief): TemplateResult {
    return html`<diplo-evidence
      part="evidence"
      exportparts="button: evidence-button, source: evidence-source"
      .brief=${brief}
      .spans=${item.evidence}
      .itemId=${item.id}
      .articleElement=${this.hostArticle}
      .strings=${this.strings}
      theme=${this.theme}
    ></diplo-evidence>`;
  }

  /** A labelled list of names, or nothing when empty. */
  protected renderTerm(label: string, values: readonly string[]): TemplateResult | typeof nothing {
    if (values.length === 0) return nothing;
    return html`<dt>${label}</dt><dd>${values.join(", ")}</dd>`;
  }
}
