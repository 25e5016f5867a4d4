/** A name as a file name: lower case, accents dropped, words joined by hyphens, at most 60 characters; `fallback` when nothing is left. */
export const fileSlug = (name: string, fallback: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "") || fallback;
