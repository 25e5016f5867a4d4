import type { Entity } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { heading } from "../shared/heading.js";
import { nameOf } from "../shared/items.js";
import { sameAsUrl } from "../shared/links.js";

/**
 * An entity's card: roles, description, aliases, links, evidence. `title` replaces the plain
 * name (a toggle button, say).
 */
export function entityTemplate(context: CardContext, entity: Entity, title: unknown = entity.name): TemplateResult {
  const { brief, t } = context;
  const links = (entity.sameAs ?? []).flatMap((value) => {
    const href = sameAsUrl(value);
    return href ? [{ href, host: new URL(href).hostname.replace(/^www\./, "") }] : [];
  });
  return html`<article part="base card" class="card" data-id=${entity.id}>
    <div class="card-header">
      ${heading(context.level, title, "title", context.lang)}
      ${entity.unnamed ? html`<span part="badge" class="badge">${t("unnamed")}</span>` : nothing}
    </div>
    ${context.unverified(entity.id)}
    ${entity.roles.length > 0
      ? html`<ul class="roles meta" lang=${context.lang} dir="auto">
          ${entity.roles.map((role) => html`<li>${role.of ? `${role.title}, ${nameOf(brief, role.of)}` : role.title}</li>`)}
        </ul>`
      : nothing}
    ${entity.description && !context.compact ? html`<p lang=${context.lang} dir="auto">${entity.description}</p>` : nothing}
    ${entity.aliases.length > 0
      ? html`<dl>
          <dt>${t("alsoCalled")}</dt>
          <dd lang=${context.lang} dir="auto">${entity.aliases.join(", ")}</dd>
        </dl>`
      : nothing}
    ${links.length > 0
      ? html`<p class="links">
          ${links.map(
            (link) =>
              html`<a href=${link.href} rel="noopener noreferrer"
                ><span class="visually-hidden">${t("moreAbout", { name: entity.name })}: </span>${link.host}</a
              >`,
          )}
        </p>`
      : nothing}
    ${context.evidence(entity, entity.name)}
  </article>`;
}
