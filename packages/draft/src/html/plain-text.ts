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
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "ul",
]);

/** What a reader never sees as text, whether or not the extraction left it in. */
const unread = new Set(["nav", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "canvas", "select", "button", "textarea"]);

/**
 * The text of `root` as a reader sees it, with no markup: each block (a paragraph, a heading, a
 * list item, a table) a paragraph of its own, paragraphs apart by a blank line, `<br>` and table
 * rows a line break, runs of white space one space as HTML shows them. The drafter reads a line
 * break as the end of a sentence, so paragraphs never run into one another.
 */
export function plainText(root: Node): string {
  const text = new TextBuilder();
  // Adjacent text nodes are read as one: a parser may split "5&nbsp;km" in three, and a lone
  // no-break space would then read as a space between words.
  const walkChildren = (parent: Node, preformatted: boolean): void => {
    let run = "";
    const flush = (): void => {
      if (preformatted) text.preformatted(run);
      else text.flowing(run);
      run = "";
    };
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === NodeType.text || child.nodeType === NodeType.cdata) {
        run += child.nodeValue ?? "";
      } else {
        flush();
        walkElement(child, preformatted);
      }
    }
    flush();
  };
  const walkElement = (node: Node, preformatted: boolean): void => {
    if (node.nodeType !== NodeType.element) return;
    const name = (node as Element).localName.toLowerCase();
    if (unread.has(name)) return;
    if (name === "br") {
      text.lineBreak();
      return;
    }
    text.separate(name);
    walkChildren(node, preformatted || name === "pre");
    text.separate(name);
  };
  walkChildren(root, false);
  return text.toString();
}

/** Words joined as a browser lays them out: breaks and spaces are held until the next word, so none leads or trails, and the strongest of them wins. */
class TextBuilder {
  #text = "";
  #pendingBreak: "" | "\n" | "\n\n" = "";
  #pendingSpace = false;

  /** Text whose white space HTML collapses: ASCII white space only, so a no-break space stays as written. */
  flowing(value: string): void {
    if (value === "") return;
    const [, before = "", words = "", after = ""] = /^([ \t\n\r\f]*)(.*?)([ \t\n\r\f]*)$/s.exec(value) ?? [];
    if (before !== "" || !visible.test(words)) this.space();
    if (!visible.test(words)) return;
    this.#add(words.replace(/[ \t\n\r\f]+/g, " "));
    if (after !== "") this.space();
  }

  /** Text inside `<pre>`: its line breaks are kept, and its lines' trailing spaces dropped. */
  preformatted(value: string): void {
    for (const [index, line] of value.split("\n").entries()) {
      if (index > 0) this.lineBreak();
      if (visible.test(line)) this.#add(line.trimEnd());
    }
  }

  /** What stands between element `name` and what is around it: a blank line for a block, a line break for a table row, a space for a cell. */
  separate(name: string): void {
    if (blocks.has(name)) this.paragraphBreak();
    else if (name === "tr") this.lineBreak();
    else if (name === "td" || name === "th") this.space();
  }

  space(): void {
    this.#pendingSpace = true;
  }

  lineBreak(): void {
    if (this.#pendingBreak === "") this.#pendingBreak = "\n";
  }

  paragraphBreak(): void {
    this.#pendingBreak = "\n\n";
  }

  #add(words: string): void {
    if (this.#text !== "") this.#text += this.#pendingBreak || (this.#pendingSpace ? " " : "");
    this.#text += words;
    this.#pendingBreak = "";
    this.#pendingSpace = false;
  }

  toString(): string {
    return this.#text;
  }
}

/** Something a reader sees: not white space (a no-break space included) nor an invisible character alone. */
const visible = /[^\s\p{Default_Ignorable_Code_Point}]/u;
