import { NodeType } from "./node-types.js";

/** Elements that stand apart from what is around them: each is its own paragraph in the text. */
const blocks = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "ul",
]);

/** What a reader never sees as text, whether or not the extraction left it in. */
const unread = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas", "select", "button", "textarea"]);

/**
 * The text of `root` as a reader sees it, with no markup: each block (a paragraph, a heading, a
 * list item, a table) a paragraph of its own, paragraphs apart by a blank line, `<br>` and table
 * rows a line break, runs of white space one space as HTML shows them. The drafter reads a line
 * break as the end of a sentence, so paragraphs never run into one another.
 */
export function plainText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node, preformatted: boolean): void => {
    if (node.nodeType === NodeType.text || node.nodeType === NodeType.cdata) {
      const text = node.nodeValue ?? "";
      // HTML collapses ASCII white space only: a no-break space is kept as written.
      parts.push(preformatted ? text : text.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    if (node.nodeType !== NodeType.element) return;
    const name = (node as Element).localName.toLowerCase();
    if (unread.has(name)) return;
    if (name === "br") {
      parts.push("\n");
      return;
    }
    const separator = blocks.has(name) ? "\n\n" : name === "tr" ? "\n" : name === "td" || name === "th" ? " " : "";
    parts.push(separator);
    for (const child of Array.from(node.childNodes)) walk(child, preformatted || name === "pre");
    parts.push(separator);
  };
  walk(root, false);
  return parts
    .join("")
    .split(/\n[ \t\n\r\f]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/ {2,}/g, " ").trim())
        .filter((line) => line !== "")
        .join("\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}
