import type { Brief, Entity } from "@diplo-brief/core";
import { html, nothing, type TemplateResult, type PropertyDeclarations } from "lit";
import { cardStyles } from "../shared/card.styles.js";
import { emit } from "../shared/events.js";
import { DiploItemCard } from "../shared/item-card.js";
import { sameAsUrl } from "../shared/links.js";
import { nameOf } from "../shared/items.js";
import { tokens } from "../shared/tokens.styles.js";
import { entityCardStyles } from "./entity-card.styles.js";

/**
 * @tag diplo-entity-card
 * @summary One entity of a brief (a person, country, organisation, place or group): its roles,
 * aliases, links, and the evidence it rests on.
 *
 * @fires diplo-select - When the reader chooses the entity (click, Enter or Space on its name, with `selectable`); `detail.id` is null when the choice is cleared.
 * @fires diplo-brief-error - When the brief is invalid or has no entity with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The entity's name.
 * @csspart select - The name as a button, with `selectable`.
 * @csspart badge - The "unnamed source" badge.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 *
 * @cssprop --diplo-color-accent - Links, buttons and the selected state.
 * @cssprop --diplo-color-surface - The card's background.
 */
export class DiploEntityCard extends DiploItemCard<"entities"> {
  static override styles = [tokens, cardStyles, entityCardStyles];

  static override properties: PropertyDeclarations = {
    selectable: { type: Boolean, reflect: true },
    selected: { type: Boolean, reflect: true },
  };

  protected readonly collection = "entities";
  protected readonly itemNoun = "entity";

  /** Makes the name a toggle button that dispatches `diplo-select`. */
  selectable = false;

  /** Whether the entity is the reader's current choice. */
  selected = false;

  #choose(): void {
    emit(this, "diplo-select", { kind: "entity", id: this.selected ? null : this.itemId });
  }

  protected renderItem(entity: Entity, brief: Brief): TemplateResult {
    const title = this.selectable
      ? html`<button
          part="select"
          type="button"
          aria-pressed=${this.selected ? "true" : "false"}
          aria-label=${this.t("selectEntity", { name: entity.name })}
          @click=${this.#choose}
        >
          ${entity.name}
        </button>`
      : entity.name;
    const links = (entity.sameAs ?? []).flatMap((value) => {
      const href = sameAsUrl(value);
      return href ? [{ href, host: new URL(href).hostname.replace(/^www\./, "") }] : [];
    });
    return html`<article part="base" class="card">
      <div class="card-header">
        ${this.heading(this.headingLevel, title, "title")}
        ${entity.unnamed ? html`<span part="badge" class="badge">${this.t("unnamed")}</span>` : nothing}
      </div>
      ${entity.roles.length > 0
        ? html`<ul class="roles meta">
            ${entity.roles.map((role) => html`<li>${role.of ? `${role.title}, ${nameOf(brief, role.of)}` : role.title}</li>`)}
          </ul>`
        : nothing}
      ${entity.description && !this.compact ? html`<p>${entity.description}</p>` : nothing}
      ${entity.aliases.length > 0 ? html`<dl>${this.renderTerm(this.t("alsoCalled"), entity.aliases)}</dl>` : nothing}
      ${links.length > 0
        ? html`<p class="links">
            ${links.map(
              (link) =>
                html`<a href=${link.href} rel="noopener noreferrer"
                  ><span class="visually-hidden">${this.t("moreAbout", { name: entity.name })}: </span>${link.host}</a
                >`,
            )}
          </p>`
        : nothing}
      ${this.renderEvidence(entity, brief)}
    </article>`;
  }
}
