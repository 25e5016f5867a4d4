/** Parses a page's HTML into a DOM `Document`, as `new DOMParser().parseFromString(html, "text/html")` does. */
export type ParseHtml = (html: string) => Document;

/**
 * The page as a `Document`: by `parse` when one is given; else by the platform's own DOMParser,
 * in a browser, so that a browser bundle downloads no parser of ours; else, in Node.js, by
 * linkedom, imported only then.
 */
export async function parseDocument(html: string, parse?: ParseHtml): Promise<Document> {
  if (parse) return parse(html);
  if (typeof globalThis.DOMParser === "function") return new globalThis.DOMParser().parseFromString(html, "text/html");
  const { parseWithLinkedom } = await import("./linkedom-document.js");
  return parseWithLinkedom(html);
}
