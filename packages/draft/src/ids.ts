/** Ids unique across a brief, readable, made from names: "antony-blinken", "antony-blinken-2". */
export class IdMaker {
  readonly #used = new Set<string>();
  /** The next number to try per base, so a thousand items of one name cost a thousand steps, not half a million. */
  readonly #next = new Map<string, number>();

  make(name: string, fallback: string): string {
    const base =
      name
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[’']/g, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 60)
        .replace(/-+$/, "") || fallback;
    let id = base;
    let n = this.#next.get(base) ?? 2;
    while (this.#used.has(id)) id = `${base}-${n++}`;
    this.#next.set(base, n);
    this.#used.add(id);
    return id;
  }
}
