import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { columns } from "../src/table.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

let stdout = "";

// The bench as a user runs it: a real process, a real Chromium, the built packages. Only the
// output's form is checked, never a speed: this machine's figures are nobody's regression.
beforeAll(async () => {
  const result = await run(process.execPath, [tsx, "src/run.ts", "--quick"], { cwd: packageDir, maxBuffer: 16 * 1024 * 1024, timeout: 170_000 });
  stdout = result.stdout;
}, 180_000);

const cells = (line: string): string[] =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

const numberIn = (cell: string): number => Number(cell.replace(/,/g, ""));

describe("npm run bench --quick", () => {
  it("prints the machine first", () => {
    const [header = ""] = stdout.split("\n");
    expect(header).toMatch(/^Machine: .+ × \d+, Node v\d+\.\d+\.\d+, Chromium \d+[\d.]*/);
    for (const name of ["@diplo-brief/elements", "lit", "zod", "ajv", "vis-timeline", "playwright"]) expect(header).toContain(`${name} `);
  });

  it("prints one well-formed markdown table", () => {
    const lines = stdout.split("\n");
    const first = lines.findIndex((line) => line.startsWith("|"));
    const table = lines.slice(first, lines.findIndex((line, i) => i > first && !line.startsWith("|")));
    expect(lines.filter((line) => line.startsWith("|"))).toHaveLength(table.length);
    const [header = "", separator = "", ...rows] = table;
    expect(cells(header)).toEqual([...columns]);
    expect(cells(separator)).toHaveLength(columns.length);
    for (const cell of cells(separator)) expect(cell).toMatch(/^:?-{3,}:?$/);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect(cells(row), row).toHaveLength(columns.length);
  });

  const rows = (): string[][] => stdout.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| area") && !line.startsWith("| ---")).map(cells);
  const find = (area: string, measure: string): string[] => {
    const row = rows().find((r) => r[0] === area && (r[1] ?? "").includes(measure));
    if (!row) throw new Error(`no row ${area} / ${measure} in\n${stdout}`);
    return row;
  };

  it("has every expected row", () => {
    const expected: [string, string][] = [
      ["size", "CDN build diplo-brief.js, gzip"],
      ["size", "CDN build diplo-brief.js, brotli"],
      ["size", "Lit floor¹, gzip"],
      ["size", "Lit floor¹, brotli"],
      ["validation", "safeParseBrief², seed brief"],
      ["validation", "safeParseBrief², generated brief of 50 items"],
      ["validation", "Brief.safeParse², shape only, seed brief"],
      ["rendering", "first screen³ `<diplo-brief>`, seed brief"],
      ["rendering", "first screen³ `<diplo-brief>`, generated, 10 items"],
      ["rendering", "first screen³ `<diplo-brief>`, generated, 80 items"],
      ["rendering", "first screen³ + style & layout, seed brief"],
      ["rendering", "first screen³ + style & layout, generated, 80 items"],
      ["rendering", "every item drawn⁶ and laid out, generated, 80 items"],
      ["rendering", "longest task⁶ until every item is drawn, generated, 80 items"],
      ["rendering", "entity selection⁴, seed brief"],
      ["rendering", "entity selection⁴ + style & layout, generated, 80 items"],
      ["rendering", "entity selection⁴, generated, 10 items"],
      ["rendering", "entity selection⁴, generated, 80 items"],
      ["timeline", "`<diplo-timeline>`⁵, 19 events, seed brief"],
      ["timeline", "`<diplo-timeline>`⁵, 25 events, generated, 100 items"],
      ["timeline", "`<diplo-timeline>` until every event is drawn⁶, 25 events, generated, 100 items"],
      ["grounding", "locate⁷, 200 excerpts in a row, a quarter absent"],
      ["grounding", "locate⁷, the 150 present excerpts alone"],
      ["grounding", "locate⁷, the 50 absent excerpts alone"],
      ["grounding", "locate⁷, the 30 fuzzy excerpts alone"],
      ["grounding", "locate⁷, first call on an article not read before"],
      ["server", "renderBrief(seed)"],
    ];
    for (const [area, measure] of expected) expect(find(area, measure)).toBeDefined();
  });

  it("gives a number for every figure, and a ratio for every comparison", () => {
    for (const [area, measure, unit = "", ours = "", baseline = "", baselineValue = "", ratio = "", target = "", met = ""] of rows()) {
      const label = `${area} / ${measure}`;
      expect(["bytes", "ops/s", "excerpts/s", "ms"], label).toContain(unit);
      // A fast enough render may round to 0.0 ms; only that it is a number matters here.
      expect(numberIn(ours), label).toBeGreaterThanOrEqual(unit === "ms" ? 0 : 1);
      if (baseline === "—") {
        expect([baselineValue, ratio], label).toEqual(["—", "—"]);
      } else {
        expect(numberIn(baselineValue), label).toBeGreaterThan(0);
        expect(ratio, label).toMatch(/^\d+(\.\d+)?×$/);
        // The ratio is of the unrounded figures, so it is compared loosely with the rounded ones.
        const shown = numberIn(ours) / numberIn(baselineValue);
        expect(Math.abs(Number.parseFloat(ratio) - shown), label).toBeLessThanOrEqual(Math.max(0.02, shown * 0.1));
      }
      expect(target === "—" ? ["—"] : ["met", "**not met**", "not measured"], label).toContain(met);
    }
    expect(find("size", "gzip")[7]).toBe("≤ 25,000 gzip");
    expect(find("timeline", "25 events, generated, 100 items")[7]).toContain("vis-timeline at 1,000 events");
  });

  it("says how undated events were given dates for vis-timeline", () => {
    expect(stdout).toMatch(/consecutive days/);
  });
});
