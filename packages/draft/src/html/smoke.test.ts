import { readFileSync } from "node:fs";
import { draftFromHtml } from "@diplo-brief/draft/html";
import { it } from "vitest";
it("smoke", async () => {
  const text = readFileSync(new URL("../../../eval/gold/state-rubio-aoun.txt", import.meta.url), "utf8");
  const paras = text.split("\n\n");
  const html = `<!doctype html><html lang="en"><head><title>${paras[0]} - United States Department of State</title><meta property="article:published_time" content="2026-07-19T12:00:00-04:00"><meta property="og:site_name" content="U.S. Department of State"></head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/x">Travel</a></li></ul></nav></header><main><article><h1>${paras[0]}</h1><p class="byline">${paras[1]}</p>${paras.slice(2).map((p) => `<p>${p}</p>`).join("\n")}</article></main><footer><p>Privacy policy</p></footer><script>window.x = "<p>not text</p>";</script></body></html>`;
  const r = await draftFromHtml(html);
  console.log(JSON.stringify(r.extracted, null, 1), r.report.notes, r.report.found, r.brief.article.headline, r.brief.article.source);
  const r2 = await draftFromHtml(`<title>No body</title><meta name="date" content="2024-02-30"><p>${paras.slice(2).join("</p><p>")}</p>`);
  console.log(JSON.stringify(r2.extracted, null, 1), r2.report.notes);
  const r3 = await draftFromHtml(`just text, not a tag in sight. ${paras[2]}`).catch((e) => e);
  console.log(r3.extracted ?? r3);
  const r4 = await draftFromHtml(`<html><body><script>alert(1)</script><nav>Home</nav></body></html>`).catch((e) => e);
  console.log(r4);
});
