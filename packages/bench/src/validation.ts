import { Brief, safeParseBrief, toJsonSchema } from "@diplo-brief/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { median, opsPerSecond } from "./stats.js";

export interface ValidationResult {
  readonly label: string;
  readonly ours: number;
  /** zod's `Brief.safeParse` alone: the shape check inside safeParseBrief, what ajv also checks. */
  readonly shape: number;
  readonly ajv: number;
}

interface Contender {
  readonly key: string;
  readonly run: () => boolean;
}

/**
 * safeParseBrief, and zod's shape check alone, beside ajv compiled from the brief's own JSON
 * Schema, on the same data, in interleaved rounds so drift on a shared machine hits both alike. ajv checks the shape only;
 * safeParseBrief also checks ids, references and evidence spans, as the table's footnote says.
 */
export function measureValidation(
  datasets: readonly { readonly label: string; readonly data: unknown }[],
  rounds: number,
  roundMs: number,
): ValidationResult[] {
  const validate = new Ajv2020({ allErrors: true }).compile(toJsonSchema());
  const contenders: Contender[] = datasets.flatMap(({ label, data }) => {
    // Each contender gets its own copy, so no validator benefits from another's caches.
    const ours = structuredClone(data);
    const shape = structuredClone(data);
    const theirs = structuredClone(data);
    return [
      { key: `${label}|ours`, run: () => safeParseBrief(ours).success },
      { key: `${label}|shape`, run: () => Brief.safeParse(shape).success },
      { key: `${label}|ajv`, run: () => validate(theirs) },
    ];
  });
  for (const contender of contenders) opsPerSecond(contender.run, roundMs); // warm-up: JIT and caches
  const samples = new Map<string, number[]>(contenders.map((c) => [c.key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) samples.get(contender.key)?.push(opsPerSecond(contender.run, roundMs));
  }
  return datasets.map(({ label }) => ({
    label,
    ours: median(samples.get(`${label}|ours`) ?? []),
    shape: median(samples.get(`${label}|shape`) ?? []),
    ajv: median(samples.get(`${label}|ajv`) ?? []),
  }));
}
