import { type Brief, verifyBrief } from "@diplo-brief/core";
import { median } from "./stats.js";

export interface VerificationCase {
  readonly label: string;
  readonly brief: Brief;
}

export interface VerificationResult {
  readonly label: string;
  /** The brief as JSON, in bytes: what the CLI's 20 MB limit counts. */
  readonly bytes: number;
  readonly ms: number;
}

/**
 * verifyBrief's time per brief, median of `runs` after one warm-up. Every case must verify: a
 * brief that fails stops early at nothing, and the figure would flatter the check.
 */
export function measureVerification(cases: readonly VerificationCase[], runs: number): VerificationResult[] {
  return cases.map(({ label, brief }) => {
    const first = verifyBrief(brief);
    if (!first.ok) throw new Error(`${label} does not verify: ${first.problems[0]?.message}`);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      verifyBrief(brief);
      times.push(performance.now() - start);
    }
    return { label, bytes: Buffer.byteLength(JSON.stringify(brief)), ms: median(times) };
  });
}

/**
 * The seed with `count` aliases spread over its entities, each made of words of the article, so
 * every one enters the matcher (an alias with a word the article never uses is set aside at once).
 */
export function withManyAliases(seed: Brief, count: number): Brief {
  const words = seed.article.text.split(/\s+/).filter((word) => /^[\p{L}]+$/u.test(word));
  const brief = structuredClone(seed);
  for (let i = 0; i < count; i++) {
    const entity = brief.entities[i % brief.entities.length] as Brief["entities"][number];
    const at = (i * 7) % (words.length - 3);
    entity.aliases.push(`${words.slice(at, at + 1 + (i % 3)).join(" ")} ${i % 2 ? "" : (words[(i * 13) % words.length] ?? "")}`.trim());
  }
  return brief;
}

/** The seed with its article repeated to at least `bytes` long: the article is what a long brief costs to read. */
export function withLongArticle(seed: Brief, bytes: number): Brief {
  const brief = structuredClone(seed);
  const parts = [seed.article.text];
  let length = seed.article.text.length;
  while (length < bytes) {
    parts.push(seed.article.text);
    length += seed.article.text.length + 2;
  }
  brief.article.text = parts.join("\n\n");
  return brief;
}
