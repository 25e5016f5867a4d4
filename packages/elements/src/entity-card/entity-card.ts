import type { Entity } from "@diplo-brief/core";
import { html, type PropertyDeclarations, type TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { cardStyles } from "../shared/card.styles.js";
import { css } from "../shared/css.js";
import { emit } from "../shared/events.js";
import { DiploItemCard } from "../shared/item-card.js";
import { tokens } from "../shared/tokens.styles.js";
import { entityCardStyles } from "./entity-card.styles.js";
import { entityTemplate } from "./entity-template.js";

/**
 * @tag diplo-entity-card
 * @summary One entity of a brief (a person, country, organisation, place or group): its roles,
 * aliases, links, and the evidence it rests on.
 *
 * @fires diplo-select - When the reader chooses the entity (click, Enter or Space on its name, with `selectable`); `detail.id` is null when the choice is cleared.
 * @fires diplo-brief-load - When a valid brief is shown; `detail.brief`, `detail.source`.
 * @fires diplo-brief-error - When the brief is invalid or has no entity with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The entity's name.
 * @csspart select - The name as a button, with `selectable`.
 * @csspart badge - The "unnamed source" badge.
 * @csspart unverified - The note shown when `verifyBrief` rejects the entity.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 *
 * @cssprop --diplo-color-accent - Links, buttons and the selected state.
 * @cssprop --diplo-color-surface - The card's background.
 */
export class DiploEntityCard extends DiploItemCard<"entities"> {
  static override styles = [
    tokens,
    cardStyles,
    entityCardStyles,
    // Here, not in entityCardStyles: <diplo-brief> shares those, and its own `selected` means something else.
    css`
      :host([selected]) .card {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    selectable: { type: Boolean, reflect: true },
    selected: { type: Boolean, reflect: true },
  };

  protected readonly collection = "entities";
  protected readonly itemNoun = "entity";

  /** Makes the name a toggle button (`aria-pressed`) that dispatches `diplo-select`. */
  selectable = false;

  /** Whether the entity is the reader's current choice. */
  selected = false;

  #choose(): void {
    emit(this, "diplo-select", { kind: "entity", id: this.selected ? null : this.itemId });
  }

  protected renderItem(entity: Entity, context: CardContext): TemplateResult {
    return entityTemplate(
      context,
      entity,
      this.selectable
        ? html`<button part="select" type="button" aria-pressed=${this.selected ? "true" : "false"} @click=${this.#choose}>
            ${entity.name}
          </button>`
        : undefined,
    );
  }
}
