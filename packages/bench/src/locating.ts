import { locate } from "@diplo-brief/core";
import { EXCERPTS, type Excerpt, type ExcerptKind, type LocateWorkload } from "./locate-workload.js";
import { median, opsPerSecond } from "./stats.js";

export interface LocateResult {
  /** Excerpts per second, the article already read: every excerpt in the workload's order. */
  readonly all: number;
  /** The same for the excerpts in the article, and for each kind alone. */
  readonly present: number;
  readonly kinds: Readonly<Record<ExcerptKind, number>>;
  /** The first call on an article not read before, with an absent excerpt, which makes locate read all of it. */
  readonly firstCallMs: number;
}

// groundClaims locates every excerpt on whole words; so does the figure.
const options = { wholeWords: true } as const;

/** One pass over `excerpts` in a row; true when exactly the present ones were found, so a wrong result stops the bench. */
const pass = (article: string, excerpts: readonly Excerpt[], present: number) => (): boolean => {
  let found = 0;
  for (const excerpt of excerpts) if (locate(article, excerpt.text, options) !== null) found++;
  return found === present;
};

/**
 * locate's throughput on `workload`: excerpts per second, the median of `rounds` interleaved
 * rounds of about `roundMs` per group, every call on the same article string as groundClaims
 * makes them, so the article is read once (by the warm-up) and the figure is the excerpts' own
 * cost. What reading costs is the separate first-call figure.
 */
export function measureLocate(workload: LocateWorkload, rounds: number, roundMs: number): LocateResult {
  const { article, excerpts } = workload;
  for (const excerpt of excerpts) {
    const found = locate(article, excerpt.text, options) !== null;
    if (found === (excerpt.kind === "absent")) throw new Error(`${excerpt.kind} excerpt ${found ? "found" : "not found"}: ${excerpt.text}`);
  }
  const isPresent = (excerpt: Excerpt): boolean => excerpt.kind !== "absent";
  const kinds = Object.keys(EXCERPTS) as ExcerptKind[];
  const groups = [
    { key: "all", excerpts },
    { key: "present", excerpts: excerpts.filter(isPresent) },
    ...kinds.map((kind) => ({ key: kind, excerpts: excerpts.filter((excerpt) => excerpt.kind === kind) })),
  ].map(({ key, excerpts: group }) => ({ key, size: group.length, run: pass(article, group, group.filter(isPresent).length) }));

  for (const group of groups) opsPerSecond(group.run, roundMs); // warm-up: JIT
  const samples = new Map<string, number[]>(groups.map((group) => [group.key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const group of groups) samples.get(group.key)?.push(opsPerSecond(group.run, roundMs) * group.size);
  }
  const rate = (key: string): number => median(samples.get(key) ?? []);

  // Each sample on a copy with more trailing spaces: a text locate cannot have read, whatever it keeps.
  const absent = excerpts.find((excerpt) => !isPresent(excerpt));
  if (!absent) throw new Error("the workload has no absent excerpt");
  const firstCalls: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const unread = article + " ".repeat(round + 1);
    const start = performance.now();
    locate(unread, absent.text, options);
    firstCalls.push(performance.now() - start);
  }

  return {
    all: rate("all"),
    present: rate("present"),
    kinds: Object.fromEntries(kinds.map((kind) => [kind, rate(kind)])) as Record<ExcerptKind, number>,
    firstCallMs: median(firstCalls),
  };
}
