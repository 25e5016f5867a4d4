/**
 * Parses a page's HTML into a new DOM `Document`, as `new DOMParser().parseFromString(html,
 * "text/html")` does. The extraction changes the document it is given, so never the page's own
 * live `document`: a clone (`document.cloneNode(true)`) if that is the page to draft.
 */
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
