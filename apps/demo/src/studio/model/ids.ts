import type { Brief } from "@diplo-brief/core";
import { itemIds } from "./items.js";

// Ids show in URLs and the brief's JSON: a few words' worth is enough to tell them apart.
const MAX_SLUG = 40;

/**
 * A new item's id, unique across the brief, from its name: "Hua Chunying" → "hua-chunying", then
 * "hua-chunying-2". `fallback` stands in for a name with no Latin letters or digits.
 */
export function newId(brief: Brief, name: string, fallback: string): string {
  const base = slug(name) || fallback;
  const taken = new Set(itemIds(brief));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function slug(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    // "China’s" reads as one word: "chinas", not "china-s".
    .replace(/['’]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= MAX_SLUG) return words;
  const cut = words.slice(0, MAX_SLUG + 1);
  // Cut at the last whole word; a single overlong word is cut where it must be.
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG);
}
