import { type DropCode, formatPath } from "@diplo-brief/core";
import type { GroundedAnswer } from "./ground-answers.js";
import { type Collection, type GroundingTally, totalTally } from "./grounding-tally.js";
import { boldLine, line, SCORE_HEADER, scoreCells, tableHead } from "./report.js";
import { type ArticleScore, type Score, totalScore } from "./score.js";

const collectionsOf = (tally: GroundingTally): Collection[] => Object.keys(tally.claimed) as Collection[];
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function groundingCells(tally: GroundingTally): string[] {
  const dropped = sum(Object.values(tally.droppedByCode));
  return [
    ...collectionsOf(tally).map((c) => `${tally.kept[c]}/${tally.claimed[c]}`),
    String(tally.matched.exact),
    String(tally.matched.typographic),
    String(tally.matched.fuzzy),
    String(tally.mended),
    String(sum(collectionsOf(tally).map((c) => tally.droppedItems[c]))),
    String(dropped),
  ];
}

/** Each figure of the model's score beside the drafter's. */
function sideBySide(model: Score, drafter: Score): string[] {
  const d = scoreCells(drafter);
  return scoreCells(model).map((cell, i) => `${cell} / ${d[i] ?? ""}`);
}

// Enough to see what each code means in practice, from different articles, without listing them all.
const EXAMPLES_PER_CODE = 2;

/** A few dropped entries of each code, each from another answer: where, and why. */
function examples(answers: readonly GroundedAnswer[]): string[] {
  const shown = new Map<DropCode, Set<string>>();
  const out: string[] = [];
  for (const { slug, report } of answers) {
    for (const dropped of report.dropped) {
      const slugs = shown.get(dropped.code) ?? new Set<string>();
      shown.set(dropped.code, slugs);
      if (slugs.size >= EXAMPLES_PER_CODE || slugs.has(slug)) continue;
      slugs.add(slug);
      out.push(`- ${dropped.code}: \`${slug}\` ${formatPath(dropped.path)}: ${dropped.reason}`);
    }
  }
  return out;
}

/**
 * The recorded model answers' section of the report: what grounding kept and dropped of each
 * answer, then the grounded briefs' scores beside the drafter's on the same articles, by the same
 * figures as the drafter's table.
 */
export function renderModelAnswers(answers: readonly GroundedAnswer[], drafter: readonly ArticleScore[]): string {
  const drafted = answers.map(({ slug }) => {
    const score = drafter.find((s) => s.slug === slug);
    if (!score) throw new Error(`no drafter score for ${slug}`);
    return score;
  });
  const total = totalTally(answers.map((a) => a.tally));
  const collections = collectionsOf(total);
  const out = [
    `## Recorded model answers`,
    "",
    `${answers.length} answers of a language model to the drafting prompt (model-answers/), each grounded in its article with groundClaims and scored as the drafter is. Items are kept/claimed; spans are the grounded brief's, by how they matched; dropped items went whole, dropped entries are every line of the grounding report.`,
    "",
    ...tableHead(["article", ...collections, "spans exact", "typographic", "fuzzy", "mended", "dropped items", "dropped entries"]),
    ...answers.map(({ slug, tally }) => line([slug, ...groundingCells(tally)])),
    boldLine(["overall", ...groundingCells(total)]),
    "",
    `Dropped entries by code (overall): ${Object.entries(total.droppedByCode)
      .map(([code, n]) => `${code} ${n}`)
      .join(" · ") || "none"}`,
    ...examples(answers),
    "",
    `Grounded model answers / rule-based drafter, on the same ${answers.length} articles:`,
    "",
    ...tableHead(SCORE_HEADER),
    ...answers.map(({ slug, score }, i) => line([slug, ...sideBySide(score, drafted[i] as ArticleScore)])),
    boldLine(["overall (micro)", ...sideBySide(totalScore(answers.map((a) => a.score)), totalScore(drafted))]),
  ];
  return `${out.join("\n")}\n`;
}
