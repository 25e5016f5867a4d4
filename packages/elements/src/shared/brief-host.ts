import type { Brief } from "@diplo-brief/core";
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit";
import { BriefLoader, defaultMaxSize, defaultTimeout } from "../brief/brief-loader.js";
import { EvidenceStates } from "../evidence/evidence-states.js";
import { loaded, Verification } from "../evidence/load-on-demand.js";
import { type CardContext, ContextCache } from "./card-context.js";
import { DiploElement } from "./diplo-element.js";
import { Roving } from "./roving.js";

/**
 * What `<diplo-brief>`, the cards and the timeline share: one way to load a brief (the `brief`
 * property, `src`, or inline JSON, see BriefLoader), validated, with the error panel instead of
 * anything half drawn; the host page's article for "show in article"; the evidence controls; the
 * verdicts of `verifyBrief`; one tab stop per list; and the context their cards are drawn with.
 */
export abstract class DiploBriefHost extends DiploElement {
  static override properties: PropertyDeclarations = {
    brief: { attribute: false },
    src: { reflect: true },
    timeout: { type: Number },
    maxSize: { type: Number, attribute: "max-size" },
    headingLevel: { type: Number, attribute: "heading-level" },
    articleElement: { attribute: false },
  };

  /** The brief as an object. Wins over `src` and an inline JSON script; validated either way, once per object. */
  brief?: Brief;

  /**
   * URL of a brief as JSON. A newer `src` cancels the request for an older one, and so does taking
   * the element out of the page (putting it back loads it again).
   */
  src?: string;

  /**
   * How long loading `src` may take, in milliseconds, body included, before it gives up with
   * reason `timeout`: 30000 by default (as for any value that is not a positive number).
   */
  timeout = defaultTimeout;

  /**
   * The largest `src` body, in bytes as decoded, before loading gives up with reason `too-large`:
   * 20 MB (20971520 bytes, the CLI's limit for a brief file) by default, as for any value that is
   * not a positive number. Counted while the body streams in, so a compressed bomb stops there.
   */
  maxSize = defaultMaxSize;

  /** The level of the element's first heading (2–6), to fit the page's outline. */
  headingLevel = 3;

  /** The host page's article element itself, for "show in article"; wins over `article` while it is in the page. */
  articleElement?: Element;

  protected readonly loader = new BriefLoader(this, {
    accept: (input) => this.resolveBrief(input),
    t: (key, values) => this.t(key, values),
    locale: () => this.locale,
    settled: () => this.settled(),
  });
  protected readonly evidence = new EvidenceStates(this, {
    article: () => this.hostArticle,
    named: () => Boolean(this.article || this.articleElement),
    t: (key) => this.t(key),
  });
  protected readonly roving = new Roving(this);
  #verification = new Verification(this);
  #contexts = new ContextCache();

  /** Draws the valid brief. */
  protected abstract renderBrief(brief: Brief): TemplateResult;

  /** A new brief, or none: what was shown of the old one goes. */
  protected settled(): void {
    this.evidence.reset();
  }

  /** The article "show in article" searches, looked up now: only one in the page will do. */
  protected get hostArticle(): Element | undefined {
    return [this.articleElement, this.findInRoot(this.article)].find((article) => article?.isConnected);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.loader.willUpdate(changed, !this.hasUpdated);
  }

  /**
   * The context this element's cards are drawn with, their titles at heading `level`: the same
   * object while nothing it is made of changes, so lists guard on it alone.
   */
  protected context(brief: Brief, level: number, compact: boolean, roving: boolean): CardContext {
    const unverified = this.#verification.of(brief);
    return this.#contexts.get([brief, this.strings, this.locale, level, compact, unverified, this.article, this.articleElement], () => ({
      brief,
      t: (key, values) => this.t(key, values),
      locale: this.locale,
      lang: brief.article.language,
      level,
      compact,
      evidence: (item, name) => this.evidence.render(brief, item, name, roving),
      unverified: (id) => {
        const detail = unverified.get(id);
        // The verdicts come from the on-demand module, so it has loaded when there are any.
        return detail === undefined ? nothing : loaded?.unverifiedNote((key, values) => this.t(key, values), detail);
      },
    }));
  }

  override render(): TemplateResult {
    const { state } = this.loader;
    switch (state.status) {
      case "empty":
        return html`<p part="loading" class="loading">${this.t("errorEmpty")}</p>`;
      case "loading":
        return html`<div part="base" aria-busy="true"><p part="loading" class="loading" role="status">${this.t("loading")}</p></div>`;
      case "error":
        return this.renderError(state.error);
      case "ready":
        // One live region reads out what any evidence control did; the card says it on screen too.
        return html`<div @keydown=${this.roving.keydown}>
          ${this.renderBrief(state.brief)}
          <p class="visually-hidden" role="status">${this.evidence.said}</p>
        </div>`;
    }
  }
}
