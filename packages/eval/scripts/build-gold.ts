// npm run gold -w @diplo-brief/eval: writes gold/<slug>.brief.json from the specs in scripts/gold,
// and refuses to write a brief that does not parse and verify. Run it after editing a spec; the
// tests check that the JSON on disk is what the specs build.
import { writeFileSync } from "node:fs";
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { goldDir, readGoldText, SEED_SLUG, serializeGold } from "../src/gold.js";
import { buildBrief } from "./gold-spec.js";
import { buildSeed } from "./gold/blinken-beijing.js";
import { specs } from "./gold/index.js";

let failed = false;
const check = (slug: string, brief: unknown): boolean => {
  const parsed = safeParseBrief(brief);
  const problems = parsed.success ? verifyBrief(parsed.data).problems : parsed.problems;
  for (const problem of problems) process.stderr.write(`${slug}: ${problem.message}\n`);
  return problems.length === 0;
};

for (const spec of specs) {
  try {
    const brief = buildBrief(spec, readGoldText(spec.slug));
    if (!check(spec.slug, brief)) {
      failed = true;
      continue;
    }
    writeFileSync(new URL(`${spec.slug}.brief.json`, goldDir), serializeGold(brief));
    process.stderr.write(`${spec.slug}: ${brief.quotes.length} attributions, ${brief.entities.length} entities, ${brief.events.length} events, ${brief.issues.length} issues\n`);
  } catch (error) {
    failed = true;
    process.stderr.write(`${(error as Error).message}\n`);
  }
}

const seed = buildSeed();
if (check(SEED_SLUG, seed)) {
  const { text: _text, ...article } = seed.article;
  writeFileSync(new URL(`${SEED_SLUG}.brief.json`, goldDir), serializeGold({ ...seed, article }));
  process.stderr.write(`${SEED_SLUG}: ${seed.quotes.length} attributions, ${seed.entities.length} entities, ${seed.events.length} events, ${seed.issues.length} issues\n`);
} else failed = true;

process.exitCode = failed ? 1 : 0;
