import { type Counts, prf, type Ratio, ratio } from "./metrics.js";
import type { ArticleScore, Score } from "./score.js";

/** What the drafter should reach on the gold set, micro-averaged. */
export const TARGETS = [
  { label: "content-token F1", min: 0.86, of: (s: Score) => prf(s.contentTokens).f1 },
  { label: "attribution F1", min: 0.77, of: (s: Score) => prf(s.attributions).f1 },
  { label: "source-span F1", min: 0.72, of: (s: Score) => prf(s.source).f1 },
  { label: "cue-span F1", min: 0.7, of: (s: Score) => prf(s.cue).f1 },
] as const;

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f1 = (c: Counts): string => percent(prf(c).f1);
const accuracy = (r: Ratio): string => (r.of === 0 ? "–" : `${percent(ratio(r))} (${r.right}/${r.of})`);

/** The columns of a score table: the article, then what {@link scoreCells} gives. */
export const SCORE_HEADER = ["article", "attr. P", "attr. R", "attr. F1", "content-token F1", "source F1", "cue F1", "speaker acc.", "entities F1", "events F1", "issues F1"];

/** One score's figures, in the order of {@link SCORE_HEADER} after its first column. */
export function scoreCells(s: Score): string[] {
  const a = prf(s.attributions);
  return [percent(a.precision), percent(a.recall), percent(a.f1), f1(s.contentTokens), f1(s.source), f1(s.cue), accuracy(s.speaker), f1(s.entities), f1(s.events), f1(s.issues)];
}

const row = (label: string, s: Score): string[] => [label, ...scoreCells(s)];

/** A markdown table row. */
export const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;

/** A markdown table row in bold, for totals. */
export const boldLine = (cells: readonly string[]): string => line(cells.map((cell) => `**${cell}**`));

/** A markdown table's header and alignment rows: the first column left, the figures right. */
export const tableHead = (header: readonly string[]): string[] => [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:")))];

const sectionLine = (label: string, c: Counts): string => {
  const p = prf(c);
  return `${label} P ${percent(p.precision)} R ${percent(p.recall)} F1 ${percent(p.f1)} (${c.hits} of ${c.gold} found, ${c.drafted} drafted)`;
};

export interface ReportOptions {
  /** The seed article's slug, whose row gets the seed figures. */
  readonly seed?: string;
  /** Median drafting milliseconds per 1,000 words, when measured. */
  readonly msPer1000Words?: number;
}

/** The markdown report: one table (a row per article and the overall micro-average), then the targets and the seed's figures. */
export function renderReport(scores: readonly ArticleScore[], total: Score, options: ReportOptions = {}): string {
  const out = tableHead(SCORE_HEADER);
  for (const s of scores) out.push(line(row(s.slug, s)));
  out.push(boldLine(row("overall (micro)", total)));
  out.push("");
  out.push(`Targets: ${TARGETS.map((t) => `${t.label} ≥ ${percent(t.min)}: ${percent(t.of(total))} ${t.of(total) >= t.min ? "✓" : "✗"}`).join(" · ")}`);
  out.push("");
  out.push(`Sections (overall): ${[sectionLine("quotes", total.attributions), sectionLine("entities", total.entities), sectionLine("events", total.events), sectionLine("issues", total.issues)].join(" · ")}`);
  const seed = scores.find((s) => s.slug === options.seed);
  if (seed) {
    out.push("");
    out.push(
      `Seed (${seed.slug}): direct quotes with the right speaker ${seed.directSpeaker.right} of ${seed.directSpeaker.of} · entities ${seed.entities.hits} of ${seed.entities.gold} · events ${seed.events.hits} of ${seed.events.gold} · issues ${seed.issues.hits} of ${seed.issues.gold} · invented dates ${seed.inventedDates}`,
    );
  }
  if (options.msPer1000Words !== undefined) {
    out.push("");
    out.push(`Drafting speed: ${options.msPer1000Words.toFixed(2)} ms per 1,000 words (median over the gold set, after a warm-up)`);
  }
  return `${out.join("\n")}\n`;
}
