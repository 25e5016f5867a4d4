import type { Brief } from "@diplo-brief/core";
import type { PropertyDeclarations, PropertyValues, TemplateResult } from "lit";
import { DiploBriefHost } from "./brief-host.js";
import type { CardContext } from "./card-context.js";
import { type DiploBriefErrorDetail, emit } from "./events.js";
import { type Collection, type ItemOf, itemOf } from "./items.js";

/**
 * A card that draws one item of a brief, found by `item-id`, with the same template
 * `<diplo-brief>` draws it with. It loads and validates its brief as `<diplo-brief>` does, and
 * marks the item when `verifyBrief` rejects it.
 */
export abstract class DiploItemCard<C extends Collection> extends DiploBriefHost {
  static override properties: PropertyDeclarations = {
    itemId: { attribute: "item-id", reflect: true },
    compact: { type: Boolean, reflect: true },
  };

  /** The id of the item to show. */
  itemId = "";

  /** A tighter layout for narrow columns. */
  compact = false;

  protected abstract readonly collection: C;
  /** What the item is called in messages: "entity", "quote"… */
  protected abstract readonly itemNoun: string;
  protected abstract renderItem(item: ItemOf<C>, context: CardContext): TemplateResult;

  #reported: string | undefined;

  /** The item the card shows, or the error to show instead. */
  protected get item(): ItemOf<C> | DiploBriefErrorDetail | undefined {
    const { state } = this.loader;
    if (state.status !== "ready") return undefined;
    return (
      itemOf(state.brief, this.collection, this.itemId) ?? {
        reason: "missing-item",
        message: this.t("errorMissingItem", { kind: this.itemNoun, id: this.itemId }),
        problems: [],
      }
    );
  }

  protected renderBrief(brief: Brief): TemplateResult {
    const item = this.item;
    return item && "reason" in item ? this.renderError(item) : this.renderItem(item as ItemOf<C>, this.context(brief, this.headingLevel, this.compact, false));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A missing item is said once, as any other failure is.
    const item = this.item;
    const missing = item && "reason" in item ? item : undefined;
    if (missing && missing.message !== this.#reported && this.isConnected) emit(this, "diplo-brief-error", missing);
    this.#reported = missing?.message;
  }
}
