import type { Brief } from "@diplo-brief/core";
import type { PropertyDeclarations } from "lit";
import { DiploElement } from "./diplo-element.js";

/** What a card or the timeline needs to draw part of a brief, alone or inside `<diplo-brief>`. */
export class DiploBriefPart extends DiploElement {
  static override properties: PropertyDeclarations = {
    brief: { attribute: false },
    article: {},
    articleElement: { attribute: false },
    headingLevel: { type: Number, attribute: "heading-level" },
    compact: { type: Boolean, reflect: true },
  };

  /** The brief to draw from; validated once per object. Set a new object to change it. */
  brief?: Brief;

  /** CSS selector of the article on the host page, for "show in article". */
  article?: string;

  /** The host page's article element itself; `<diplo-brief>` passes it down. Wins over `article`. */
  articleElement?: Element;

  /** The level of the headings this part starts at (2–6), to fit the page's outline. */
  headingLevel = 3;

  /** A tighter layout for narrow columns. */
  compact = false;

  /** The article element "show in article" searches. */
  protected get hostArticle(): Element | undefined {
    return this.articleElement ?? this.findInRoot(this.article);
  }
}
