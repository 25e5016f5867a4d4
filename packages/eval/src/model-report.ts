import { type DropCode, formatPath } from "@diplo-brief/core";
import type { GroundedAnswer } from "./ground-answers.js";
import { addRecords, type Collection, type GroundingTally, totalTally } from "./grounding-tally.js";
import { type Merged, type ReplayedAnswer, totalMerged } from "./replay-answers.js";
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

/** The item of each answer's article, in the answers' order: a missing one would misalign the rows. */
function alignTo<T extends { readonly slug: string }>(answers: readonly GroundedAnswer[], items: readonly T[], what: string): T[] {
  return answers.map(({ slug }) => {
    const item = items.find((i) => i.slug === slug);
    if (!item) throw new Error(`no ${what} for ${slug}`);
    return item;
  });
}

type MergedCounts = Merged["fromModel"];

function mergedTable({ fromModel, fromRules }: Merged): string[] {
  const kinds = Object.keys(fromModel) as (keyof MergedCounts)[];
  const cells = (c: MergedCounts): string[] => [...kinds.map((k) => String(c[k])), String(sum(kinds.map((k) => c[k])))];
  const all = addRecords(fromModel, fromRules) as MergedCounts;
  return [...tableHead(["items from", ...kinds, "all"]), line(["the model", ...cells(fromModel)]), line(["the rules", ...cells(fromRules)]), boldLine(["the brief", ...cells(all)])];
}

/**
 * The recorded model answers' section of the report: what grounding kept and dropped of each
 * answer; the grounded briefs' scores beside the drafter's on the same articles, by the same
 * figures as the drafter's table; the same for each answer replayed through `draftBrief` (model
 * and rules merged, what a user gets); then the three overall, and what the merge took from each.
 */
export function renderModelAnswers(answers: readonly GroundedAnswer[], replayed: readonly ReplayedAnswer[], drafter: readonly ArticleScore[]): string {
  const drafted = alignTo(answers, drafter, "drafter score");
  const pipeline = alignTo(answers, replayed, "replayed answer");
  const total = totalTally(answers.map((a) => a.tally));
  const overall = { answers: totalScore(answers.map((a) => a.score)), pipeline: totalScore(pipeline.map((p) => p.score)), rules: totalScore(drafted) };
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
    boldLine(["overall (micro)", ...sideBySide(overall.answers, overall.rules)]),
    "",
    // Three figures to a cell would not fit a line: the pipeline has its own table, and the three meet in the overall one.
    `Model + rules: each answer replayed through draftBrief({ text, headline, published, source, language }, { model }), the model giving the recorded answer, on the same ${answers.length} articles:`,
    "",
    ...tableHead(SCORE_HEADER),
    ...pipeline.map(({ slug, score }) => line([slug, ...scoreCells(score)])),
    boldLine(["overall (micro)", ...scoreCells(overall.pipeline)]),
    "",
    `Overall (micro), on the same ${answers.length} articles:`,
    "",
    ...tableHead(["drafted by", ...SCORE_HEADER.slice(1)]),
    line(["grounded answer alone", ...scoreCells(overall.answers)]),
    line(["model + rules (draftBrief)", ...scoreCells(overall.pipeline)]),
    line(["rules alone", ...scoreCells(overall.rules)]),
    "",
    "Where the pipeline's items came from (report.model.merged, overall): the model's grounded items, and the rules' items the model had nothing at the same place for:",
    "",
    ...mergedTable(totalMerged(pipeline)),
  ];
  return `${out.join("\n")}\n`;
}
