import { DOMParser } from "linkedom";
import { NodeType } from "./node-types.js";

/** How deep elements nest before what is deeper is laid out flat: Chromium's HTML parser's limit. */
const MAX_DEPTH = 512;

/** What goes in `<head>` when a page leaves its head out: it is never text a reader reads. */
const metadata = new Set(["base", "link", "meta", "noscript", "script", "style", "template", "title"]);

/**
 * `html` parsed with linkedom, in the shape a browser gives every page: `<html>` holding `<head>`
 * and `<body>`. linkedom keeps the markup's own shape instead, and a page without `<body>` (or
 * without `<html>`) would leave Readability nothing to read, its `<title>` read as body text. So
 * the parsed nodes are moved into a skeleton as a browser's parser places them: what comes before
 * any content and belongs in a head goes to the head, everything else to the body, in order.
 * linkedom also keeps attribute names as written, where HTML's are case-insensitive: they are made
 * lower case, so that `<META NAME=date>` is read as `<meta name=date>`. And it nests elements as
 * deep as the markup asks (a page of unclosed `<font>` tags, or a hostile one), where browsers
 * stop at a depth; Readability's time grows faster than the depth, so that a page 5,000 deep takes
 * minutes: below 512 levels, as in Chromium's parser, what is deeper is laid out side by side.
 */
export function parseWithLinkedom(html: string): Document {
  const parser = new DOMParser();
  const parsed = parser.parseFromString(html, "text/html") as unknown as Document;
  const page = parser.parseFromString("<!doctype html><html><head></head><body></body></html>", "text/html") as unknown as Document;
  const root = page.documentElement;
  const head = page.head;
  const body = page.body;
  let inBody = false;
  const place = (node: Node): void => {
    if (node.nodeType === NodeType.documentType || node.nodeType === NodeType.comment) return;
    if (node.nodeType === NodeType.element) {
      const element = node as Element;
      switch (element.localName.toLowerCase()) {
        case "html":
          copyAttributes(element, root);
          for (const child of Array.from(element.childNodes)) place(child);
          return;
        case "head":
          for (const child of Array.from(element.childNodes)) head.appendChild(child);
          return;
        case "body":
          copyAttributes(element, body);
          inBody = true;
          for (const child of Array.from(element.childNodes)) body.appendChild(child);
          return;
      }
      if (!inBody && metadata.has(element.localName.toLowerCase())) {
        head.appendChild(element);
        return;
      }
    } else if (node.nodeType === NodeType.text && !inBody && (node.nodeValue ?? "").trim() === "") {
      return;
    }
    inBody = true;
    body.appendChild(node);
  };
  // Top-level nodes only, in a copy: each is moved out of `parsed` as it is placed.
  for (const node of Array.from(parsed.childNodes)) place(node);
  for (const element of Array.from(page.querySelectorAll("*"))) lowerCaseAttributes(element);
  flattenBeyond(root, MAX_DEPTH);
  return page;
}

/** Every element `depth` levels below `root` has what is deeper laid out flat inside it: see {@link flatten}. */
function flattenBeyond(root: Element, depth: number): void {
  const stack: { readonly element: Element; readonly level: number }[] = [{ element: root, level: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { element, level } = next;
    if (level === depth) flatten(element);
    else for (const child of Array.from(element.children)) stack.push({ element: child, level: level + 1 });
  }
}

/** A subtree no taller than this (a paragraph and its inline markup) is kept whole when what is around it is flattened. */
const KEPT_HEIGHT = 8;

/**
 * Makes the short subtrees inside `element` its children, in document order, and drops the tall
 * elements that held them: a chain of thousands of `<div><font>` becomes the paragraphs it held,
 * side by side, each still a paragraph.
 */
function flatten(element: Element): void {
  const height = heights(element);
  const kept: Node[] = [];
  const unwrapped: Node[] = [];
  const pending = Array.from(element.childNodes).reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if ((height.get(node) ?? 0) <= KEPT_HEIGHT) {
      kept.push(node);
    } else {
      unwrapped.push(node);
      pending.push(...Array.from(node.childNodes).reverse());
    }
  }
  for (const node of kept) node.parentNode?.removeChild(node);
  // Last first, so that each is empty when it is taken out.
  for (let i = unwrapped.length - 1; i >= 0; i--) unwrapped[i]?.parentNode?.removeChild(unwrapped[i] as Node);
  for (const node of kept) element.appendChild(node);
}

/** The height of every node under `root`: 0 for a leaf, one more than its tallest child otherwise. */
function heights(root: Node): Map<Node, number> {
  const height = new Map<Node, number>();
  const stack: { readonly node: Node; readonly childrenDone: boolean }[] = [{ node: root, childrenDone: false }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const children = Array.from(next.node.childNodes);
    if (next.childrenDone) {
      height.set(next.node, children.reduce((tallest, child) => Math.max(tallest, (height.get(child) ?? 0) + 1), 0));
    } else {
      stack.push({ node: next.node, childrenDone: true });
      for (const child of children) stack.push({ node: child, childrenDone: false });
    }
  }
  return height;
}

function lowerCaseAttributes(element: Element): void {
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase();
    if (lower === name) continue;
    element.removeAttribute(name);
    if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
  }
}

function copyAttributes(from: Element, to: Element): void {
  for (const { name, value } of Array.from(from.attributes)) {
    if (!to.hasAttribute(name.toLowerCase())) to.setAttribute(name.toLowerCase(), value);
  }
}
