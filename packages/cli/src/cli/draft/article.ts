import type { DraftInput } from "@diplo-brief/draft";

/** What an article says of itself beside its text: from the command line, an NDJSON record or the page. */
export type ArticleFields = Omit<DraftInput, "text">;

/** An article to draft: plain text, or a web page to take the article out of first. */
export interface ArticleSource {
  readonly format: "text" | "html";
  readonly content: string;
  readonly fields: ArticleFields;
}

/** A file is a web page by its name; anything else is read as text. */
export const formatOfName = (name: string): ArticleSource["format"] => (/\.html?$/i.test(name) ? "html" : "text");

/** Standard input has no name: a page is told by its first character, as markup starts with `<`. */
export const formatOfContent = (content: string): ArticleSource["format"] => (/^\s*</.test(content) ? "html" : "text");
