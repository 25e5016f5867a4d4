import { DOMParser } from "linkedom";
import { NodeType } from "./node-types.js";

/** What goes in `<head>` when a page leaves its head out: it is never text a reader reads. */
const metadata = new Set(["base", "link", "meta", "noscript", "script", "style", "template", "title"]);

/**
 * `html` parsed with linkedom, in the shape a browser gives every page: `<html>` holding `<head>`
 * and `<body>`. linkedom keeps the markup's own shape instead, and a page without `<body>` (or
 * without `<html>`) would leave Readability nothing to read, its `<title>` read as body text. So
 * the parsed nodes are moved into a skeleton as a browser's parser places them: what comes before
 * any content and belongs in a head goes to the head, everything else to the body, in order.
 * linkedom also keeps attribute names as written, where HTML's are case-insensitive: they are made
 * lower case, so that `<META NAME=date>` is read as `<meta name=date>`.
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
  return page;
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
