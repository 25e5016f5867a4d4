import { Article } from "@diplo-brief/core";

/**
 * `<meta>` names, properties and itemprops that carry a publication date, lower case. Readability
 * reads JSON-LD's `datePublished`, `article:published_time` and `parsely-pub-date` itself; these
 * are the other common ones: schema.org microdata, Dublin Core, and the bare names CMSs write.
 */
const metaNames = new Set([
  "article:published_time",
  "og:published_time",
  "datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
]);

/**
 * The dates `doc` gives for its publication, as written, most specific first: `<meta>` tags, then
 * `<time>` elements (one marked as the publication date, then the first inside `<article>`, then
 * the first anywhere). Read before Readability runs, since it removes what it takes for clutter.
 */
export function pageDates(doc: Document): string[] {
  const found: string[] = [];
  for (const meta of Array.from(doc.getElementsByTagName("meta"))) {
    const content = meta.getAttribute("content");
    if (!content) continue;
    const keys = [meta.getAttribute("property"), meta.getAttribute("name"), meta.getAttribute("itemprop")];
    if (keys.some((key) => key !== null && metaNames.has(key.trim().toLowerCase()))) found.push(content);
  }
  const times = Array.from(doc.getElementsByTagName("time")).filter((time) => time.hasAttribute("datetime"));
  const marked = times.filter((time) => time.hasAttribute("pubdate") || time.getAttribute("itemprop")?.toLowerCase() === "datepublished");
  const inArticle = times.filter((time) => time.closest("article") !== null);
  for (const time of [...marked, ...inArticle.slice(0, 1), ...times.slice(0, 1)]) found.push(time.getAttribute("datetime") ?? "");
  return found.map((date) => date.trim()).filter((date) => date !== "");
}

/**
 * The day `value` starts with, as `YYYY-MM-DD`, if it is one that exists: `2024-04-19T10:00:00Z`
 * gives `2024-04-19` (the publisher's own day, not converted to UTC), `2024-02-30` and `19 April`
 * give nothing.
 */
export function dayOf(value: string): string | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value.trim())?.[1];
  return day !== undefined && Article.shape.published.safeParse(day).success ? day : undefined;
}
