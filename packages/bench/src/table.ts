export type Unit = "bytes" | "ops/s" | "excerpts/s" | "ms";

export interface Row {
  readonly area: string;
  readonly measure: string;
  readonly unit: Unit;
  /** Our figure; NaN when it could not be measured (timed out). */
  readonly ours: number;
  /** Shown instead of a number when `ours` is NaN. */
  readonly oursNote?: string;
  readonly baseline?: { readonly name: string; readonly value: number };
  readonly target?: { readonly text: string; readonly met: boolean | "not measured" };
}

export const columns = ["area", "measure", "unit", "diplo-brief", "baseline", "baseline value", "ratio", "target", "met"] as const;

/** Thousands separated; ms keep the precision a median of a few runs can claim. */
export function formatNumber(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return "n/a";
  if (unit !== "ms") return Math.round(value).toLocaleString("en");
  // Chromium's performance.now() is coarsened to 0.1 ms on a page that is not cross-origin isolated.
  const digits = value >= 100 ? 0 : 1;
  return value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatRatio(ratio: number): string {
  return Number.isFinite(ratio) ? `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×` : "n/a";
}

// A pipe inside a cell would end it early.
const cell = (text: string): string => text.replace(/\|/g, "\\|");

export function renderTable(rows: readonly Row[]): string {
  const lines = [`| ${columns.join(" | ")} |`, "| --- | --- | --- | ---: | --- | ---: | ---: | --- | --- |"];
  for (const row of rows) {
    const ours = Number.isFinite(row.ours) ? formatNumber(row.ours, row.unit) : (row.oursNote ?? "n/a");
    const baseline = row.baseline;
    const met = row.target === undefined ? "—" : row.target.met === "not measured" ? "not measured" : row.target.met ? "met" : "**not met**";
    lines.push(
      `| ${[
        row.area,
        row.measure,
        row.unit,
        ours,
        baseline?.name ?? "—",
        baseline ? formatNumber(baseline.value, row.unit) : "—",
        baseline ? formatRatio(row.ours / baseline.value) : "—",
        row.target?.text ?? "—",
        met,
      ]
        .map(cell)
        .join(" | ")} |`,
    );
  }
  return lines.join("\n");
}
