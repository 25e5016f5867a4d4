/** What every brief's file name ends with. */
export const BRIEF_SUFFIX = ".brief.json";

/** Room for the suffix, a collision number and a temporary file's prefix and suffix in a 255-byte name. */
const MAX_BASE = 100;

/** Names Windows reserves for devices, whatever their extension: `con.brief.json` cannot be created there. */
const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name any file system takes, from an article's id or path: ASCII letters and digits,
 * `.`, `_` and `-` (accents dropped, anything else a `-`), not hidden, no trailing dot, no name
 * Windows reserves, at most 100 characters. `2024/04/Zürich talks.html` gives `2024-04-Zurich-talks`.
 */
export function safeBase(name: string): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^[.-]+/, "")
      .slice(0, MAX_BASE)
      .replace(/[.-]+$/, "") || "article";
  return reserved.test(base.split(".")[0] ?? "") ? `${base}_` : base;
}

/**
 * Gives each article of a batch its own brief file name, in the batch's order: its safe base,
 * and for a base already given (to another article, or one that differs only in case, for the
 * file systems that ignore case) the base with `~2`, `~3`… (`~` is never in a safe base, so a
 * numbered name cannot be another article's own). The same batch always gets the same names.
 */
export class OutputNames {
  readonly #used = new Set<string>();
  readonly #next = new Map<string, number>();

  assign(name: string): string {
    const base = safeBase(name);
    const key = base.toLowerCase();
    let candidate = base;
    let n = this.#next.get(key) ?? 2;
    while (this.#used.has(candidate.toLowerCase())) candidate = `${base}~${n++}`;
    this.#next.set(key, n);
    this.#used.add(candidate.toLowerCase());
    return `${candidate}${BRIEF_SUFFIX}`;
  }
}
