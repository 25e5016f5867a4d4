import type { Brief } from "@diplo-brief/core";

/**
 * Prints a brief's article as a news page would: headline, dateline and paragraphs, each set as
 * text. The page's markup differs from the plain text (no pipes around the dateline, paragraphs
 * as elements), which is what "show in article" has to be tolerant of.
 */
export function renderArticle(container: HTMLElement, brief: Brief): void {
  const lines = brief.article.text.split("\n");
  const paragraphs = lines
    .join("\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && block !== brief.article.headline && !block.startsWith("|"));
  const headline = Object.assign(document.createElement("h1"), { id: "story-headline", textContent: brief.article.headline });
  const dateline = Object.assign(document.createElement("p"), {
    className: "dateline",
    textContent: [brief.article.dateline, brief.article.source].filter(Boolean).join(" · "),
  });
  const body = paragraphs.map((text) =>
    Object.assign(document.createElement("p"), {
      className: /^•/.test(text) ? "byline" : "",
      textContent: text,
    }),
  );
  container.replaceChildren(headline, dateline, ...body);
}
