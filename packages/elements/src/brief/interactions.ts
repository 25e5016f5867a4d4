// The parts of the elements that only a reader's action brings up: the names to choose (in the
// players disclosure), what relates to a choice, the source sentences a card opens in place, and
// their styles. They come with the on-demand module.
import type { Brief, Entity } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import { entityCardStyles } from "../entity-card/entity-card.styles.js";
import { entityTemplate } from "../entity-card/entity-template.js";
import { markMentions } from "../evidence/host-article.js";
import type { CardContext, Grounded } from "../shared/card-context.js";
import { css } from "../shared/css.js";
import { heading } from "../shared/heading.js";
import { itemOf } from "../shared/items.js";
import { entityKindOrder, label } from "../shared/labels.js";
import { sentenceAround } from "../shared/sentence.js";
import type { DrawList } from "../timeline/timeline-template.js";

import type { Related } from "./relations.js";

export { relatedTo } from "./relations.js";

/** The names to choose, by kind, each a toggle button; one tab stop for all of them. */
export function chipsTemplate(
  context: CardContext,
  chosen: Entity | undefined,
  level: number,
  draw: DrawList,
  choose: (id: string | null) => void,
): TemplateResult {
  const { brief, t } = context;
  return html`<div class="chips" data-roving>
    ${entityKindOrder.map((kind) => {
      const ids = brief.entities.filter((e) => e.kind === kind).map((e) => e.id);
      if (ids.length === 0) return nothing;
      return html`${heading(level, t(label("kind", kind)), "group-heading")}
        <ul>
          ${draw(kind, ids, (id) => {
            const pressed = id === chosen?.id;
            return html`<li>
              <button
                part="entity"
                class="chip"
                type="button"
                data-rove
                data-entity=${id}
                tabindex="-1"
                aria-pressed=${pressed ? "true" : "false"}
                @click=${() => choose(pressed ? null : id)}
              >
                <bdi lang=${context.lang}>${(itemOf(brief, "entities", id) as Entity).name}</bdi>
              </button>
            </li>`;
          })}
        </ul>`;
    })}
  </div>`;
}

/** Marks the chosen entity's mentions in the article (none clears them): how many there are, once there is an article and a choice. */
export function markChosen(article: Element | undefined, chosen: Entity | undefined): number | undefined {
  if (!article) return undefined;
  const count = markMentions(article, chosen ? [chosen.name, ...chosen.aliases] : []);
  return chosen ? count : undefined;
}

/** The note a card carries when `verifyBrief` rejects its item, saying why. */
export const unverifiedNote = (t: CardContext["t"], detail: string): TemplateResult =>
  html`<p part="unverified" class="unverified" role="note">${t("unverified", { detail })}</p>`;

/** What the filter says: how many items relate to the choice, and how many mentions are marked in the article once counted. */
export function filterMessage({ t }: CardContext, chosen: Entity, related: Related, mentions: number | undefined): string {
  const count = related.issues.size + related.quotes.size + related.events.size;
  return t("filtered", { name: chosen.name, count }) + (mentions === undefined ? "" : ` ${t("mentions", { count: mentions })}`);
}

/** The way back from a choice, then the chosen entity's card, roles, aliases, links and evidence. */
export const chosenTemplate = (context: CardContext, chosen: Entity, clear: () => void): TemplateResult =>
  html`<button type="button" @click=${clear}>${context.t("showAll")}</button>
    <div class="chosen">${entityTemplate(context, chosen)}</div>`;

/** The sentences an item's evidence sits in, the evidence marked. */
export const sourceTemplate = (brief: Brief, item: Grounded): TemplateResult[] =>
  item.evidence.map((span) => {
    const { before, span: marked, after } = sentenceAround(brief.article.text, span);
    return html`<blockquote lang=${brief.article.language} dir="auto"><p>${before}<mark>${marked}</mark>${after}</p></blockquote>`;
  });

export const interactionStyles = css`
  ${entityCardStyles}
  .chosen {
    flex-basis: 100%;
  }
  .chips {
    display: grid;
    gap: 0.375rem;
    padding-block: 0.5rem;
  }
  .chips ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding: 0;
    list-style: none;
  }
  .chip {
    min-height: 1.75rem;
    padding: 0 0.7rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
  }
  .chip:hover {
    border-color: var(--_accent);
  }
  .chip[aria-pressed="true"] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: calc(var(--_space) / 2) var(--_space);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .filter > button {
    min-height: 1.75rem;
    padding: 0.25rem 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .unverified {
    padding: 0.25rem 0.5rem;
    border-inline-start: 4px solid var(--_dispute);
    background: var(--_bg);
    font-size: 0.875em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .filter,
    .chip {
      border-color: CanvasText;
    }
    .filter > button {
      border: 1px solid ButtonText;
    }
    .chip[aria-pressed="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
