// Median throughput of safeParseBrief against ajv on the brief's own JSON Schema, measured
// side by side in one run on the same data. Run: npm run bench -w @diplo-brief/core
import { cpus } from "node:os";
import { Brief, safeParseBrief, toJsonSchema } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { Ajv2020 } from "ajv/dist/2020.js";

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const roundMs = Number(process.env.BENCH_ROUND_MS ?? 200);
const data: unknown = structuredClone(blinkenBeijing);
const validate = new Ajv2020({ allErrors: true }).compile(toJsonSchema());

interface Contender {
  readonly name: string;
  readonly run: () => boolean;
}

const contenders: Contender[] = [
  { name: "safeParseBrief (shape + integrity)", run: () => safeParseBrief(data).success },
  { name: "zod Brief.safeParse (shape only)", run: () => Brief.safeParse(data).success },
  { name: "ajv + toJsonSchema() (shape only)", run: () => validate(data) },
];

/** Runs `fn` for about `ms` and returns calls per second. */
function measure(fn: () => boolean, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 20; i++) if (!fn()) throw new Error("the seed brief failed validation");
    calls += 20;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (calls / elapsed) * 1000;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

for (const c of contenders) measure(c.run, roundMs); // warm-up: JIT and caches
const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
// Interleave rounds so drift on a shared machine hits every contender alike.
for (let r = 0; r < rounds; r++) for (const c of contenders) samples.get(c.name)?.push(measure(c.run, roundMs));

const medians = contenders.map((c) => ({ name: c.name, opsPerSec: median(samples.get(c.name) ?? []) }));
const ajv = medians.at(-1)?.opsPerSec ?? Number.NaN;
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${cpus().length}; seed brief, ${rounds} rounds of ${roundMs} ms, medians`);
console.log("| validator | ops/s (median) | vs ajv |");
console.log("| --- | ---: | ---: |");
for (const { name, opsPerSec } of medians) {
  console.log(`| ${name} | ${Math.round(opsPerSec).toLocaleString("en")} | ${(opsPerSec / ajv).toFixed(2)}× |`);
}
