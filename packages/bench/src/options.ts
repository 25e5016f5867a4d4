/** How much to measure. `--quick` (or BENCH_QUICK=1) is for the test: tiny sizes, few repeats. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Generated brief sizes rendered in Chromium, in items. */
  readonly renderSizes: readonly number[];
  /** The generated brief validated beside the seed, in items. */
  readonly validationItems: number;
  /** Events in the timeline comparison that has a target (the brief holds four times as many items). */
  readonly timelineEvents: number;
  /** Timed repeats after warm-up; sizes above `cappedAbove` items get at most `cappedRepeats`. */
  readonly repeats: number;
  readonly cappedAbove: number;
  readonly cappedRepeats: number;
  /** Validation: interleaved rounds of about `roundMs` each. */
  readonly rounds: number;
  readonly roundMs: number;
  /** Verification: the generated brief's items, aliases spread over the seed, the long article's length. */
  readonly verifyItems: number;
  readonly verifyAliases: number;
  readonly verifyArticleBytes: number;
  readonly verifyRuns: number;
  /** Drafting: timed drafts of each gold article after a warm-up. */
  readonly draftRuns: number;
  /** locate: interleaved rounds of about `locateRoundMs` for each group of excerpts. */
  readonly locateRounds: number;
  readonly locateRoundMs: number;
  /** Server rendering: timed calls of renderBrief after warm-up. */
  readonly serverRuns: number;
  /** The longest any one browser measurement may take before it is reported as timed out. */
  readonly timeoutMs: number;
  readonly seed: number;
}

const numberFrom = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

/** `BENCH_SIZES=1000,10000`: positive whole numbers, or the fallback. */
const sizesFrom = (value: string | undefined, fallback: readonly number[]): readonly number[] => {
  const sizes = (value ?? "").split(",").filter(Boolean).map(Number);
  return sizes.length > 0 && sizes.every((n) => Number.isInteger(n) && n > 0) ? sizes : fallback;
};

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes("--quick") || env.BENCH_QUICK === "1";
  const repeats = numberFrom(env.BENCH_REPEATS, quick ? 3 : 7);
  return quick
    ? {
        quick,
        // 80 items make a list longer than a screenful (28 quotes), so filling runs too.
        renderSizes: sizesFrom(env.BENCH_SIZES, [10, 80]),
        validationItems: 50,
        timelineEvents: 25,
        repeats,
        cappedAbove: 5_000,
        cappedRepeats: 3,
        rounds: numberFrom(env.BENCH_ROUNDS, 3),
        roundMs: numberFrom(env.BENCH_ROUND_MS, 40),
        verifyItems: 200,
        verifyAliases: 300,
        verifyArticleBytes: 100_000,
        verifyRuns: 3,
        draftRuns: 2,
        locateRounds: 3,
        locateRoundMs: 10,
        serverRuns: 3,
        timeoutMs: numberFrom(env.BENCH_TIMEOUT_MS, 30_000),
        seed: numberFrom(env.BENCH_SEED, 1),
      }
    : {
        quick,
        renderSizes: sizesFrom(env.BENCH_SIZES, [100, 1_000, 10_000]),
        validationItems: 1_000,
        timelineEvents: 1_000,
        repeats,
        cappedAbove: 5_000,
        cappedRepeats: 3,
        rounds: numberFrom(env.BENCH_ROUNDS, 15),
        roundMs: numberFrom(env.BENCH_ROUND_MS, 200),
        verifyItems: 12_000,
        verifyAliases: 10_000,
        verifyArticleBytes: 19_500_000,
        verifyRuns: numberFrom(env.BENCH_VERIFY_RUNS, 7),
        draftRuns: numberFrom(env.BENCH_DRAFT_RUNS, 9),
        locateRounds: 15,
        locateRoundMs: 60,
        serverRuns: 30,
        timeoutMs: numberFrom(env.BENCH_TIMEOUT_MS, 60_000),
        seed: numberFrom(env.BENCH_SEED, 1),
      };
}
