import type { Brief } from "@diplo-brief/core";

/**
 * Prints a brief's article as a news page would: headline, dateline and paragraphs, each set as
 * text. The page's markup differs from the plain text (no pipes around the dateline, paragraphs
 * as elements), which is what "show in article" has to be tolerant of. The headline's id is the
 * container's followed by `-headline`, for the container's `aria-labelledby`.
 */
export function renderArticle(container: HTMLElement, brief: Brief, headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 1): void {
  const { article } = brief;
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && block !== article.headline && !block.startsWith("|"));
  const headline = Object.assign(document.createElement(`h${headingLevel}`), { id: `${container.id}-headline`, textContent: article.headline });
  const dateline = Object.assign(document.createElement("p"), {
    className: "dateline",
    textContent: [article.dateline ?? article.published, article.source].filter(Boolean).join(" · "),
  });
  const body = paragraphs.map((text) =>
    Object.assign(document.createElement("p"), {
      className: /^•/.test(text) ? "byline" : "",
      textContent: text,
    }),
  );
  container.replaceChildren(headline, dateline, ...body);
}
