/** The median: one slow round on a shared machine moves it less than it moves a mean. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Calls `fn` for about `ms` and returns calls per second; throws if it ever reports failure. */
export function opsPerSecond(fn: () => boolean, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 5; i++) if (!fn()) throw new Error("a benchmarked call reported failure (a validator refused valid data, an excerpt was found or missed wrongly)");
    calls += 5;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (calls / elapsed) * 1000;
}
