import type { Brief, Evidence } from "@diplo-brief/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { DiploElement } from "../shared/diplo-element.js";
import { emit } from "../shared/events.js";
import { sentenceAround } from "../shared/sentence.js";
import { tokens } from "../shared/tokens.styles.js";
import { evidenceStyles } from "./evidence.styles.js";
import { anchorEvidence, revealEvidence } from "./host-article.js";

let nextId = 0;

/**
 * @summary Shows what an item rests on: highlights its evidence in the host page's article, or
 * shows the source sentence in place when there is no article on the page (or the span is not
 * found there).
 *
 * @fires diplo-evidence - After "show in article": `detail.found` says whether the span was highlighted.
 *
 * @csspart button - The "show in article" or "show source" button.
 * @csspart source - The source sentences shown in place.
 */
export class DiploEvidence extends DiploElement {
  static override styles = [tokens, evidenceStyles];

  /** The brief whose article the spans point into. */
  @property({ attribute: false }) brief?: Brief;

  /** The spans to show. */
  @property({ attribute: false }) spans: readonly Evidence[] = [];

  /** The id of the item the spans support, reported in `diplo-evidence`. */
  @property({ attribute: false }) itemId = "";

  /** The host page's article; without it the source is shown in place. */
  @property({ attribute: false }) articleElement?: Element;

  @state() private expanded = false;
  @state() private status = "";

  private readonly sourceId = `diplo-source-${nextId++}`;

  private showInArticle(): void {
    const { brief, articleElement } = this;
    if (!brief || !articleElement) return;
    const ranges = this.spans.flatMap((span) => anchorEvidence(articleElement, brief.article.text, span)?.range ?? []);
    const found = ranges.length > 0;
    if (found) revealEvidence(ranges, { focus: true });
    this.expanded = !found;
    this.status = this.t(found ? "highlighted" : "notInArticle");
    emit(this, "diplo-evidence", { itemId: this.itemId, found });
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  override render(): TemplateResult | typeof nothing {
    const { brief } = this;
    if (!brief || this.spans.length === 0) return nothing;
    const button = this.articleElement
      ? html`<button part="button" type="button" @click=${this.showInArticle}>${this.t("showInArticle")}</button>`
      : html`<button
          part="button"
          type="button"
          aria-expanded=${this.expanded ? "true" : "false"}
          aria-controls=${this.sourceId}
          @click=${this.toggle}
        >
          ${this.t(this.expanded ? "hideSource" : "showSource")}
        </button>`;
    return html`${button}
      <p class="status" role="status">${this.status}</p>
      <div part="source" id=${this.sourceId} ?hidden=${!this.expanded}>
        ${this.expanded
          ? this.spans.map((span) => {
              const { before, span: marked, after } = sentenceAround(brief.article.text, span);
              return html`<blockquote><p>${before}<mark>${marked}</mark>${after}</p></blockquote>`;
            })
          : nothing}
      </div>`;
  }
}
