import type { Brief } from "@diplo-brief/core";
import { median } from "./stats.js";

/**
 * Median ms of renderBrief on `brief`. Imported here, not at the top of run.ts: the cli loads
 * Lit's server DOM shim, which the other measurements should not run beside.
 */
export async function measureServerRender(brief: Brief, runs: number): Promise<number> {
  const { renderBrief } = await import("@diplo-brief/cli");
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 5)); i++) await renderBrief(brief); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const html = await renderBrief(brief);
    samples.push(performance.now() - start);
    if (!html.includes("<diplo-brief")) throw new Error("renderBrief returned no <diplo-brief>");
  }
  return median(samples);
}
