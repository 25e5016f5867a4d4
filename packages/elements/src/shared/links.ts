/**
 * The URL to link for a `sameAs` value, or undefined. Core already refuses other schemes; this
 * is the last check before an href, since elements also render briefs built in code.
 */
export function sameAsUrl(value: string): string | undefined {
  if (/^Q[1-9]\d*$/.test(value)) return `https://www.wikidata.org/wiki/${value}`;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
