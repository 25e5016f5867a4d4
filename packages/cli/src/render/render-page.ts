import { type Brief, parseBrief, toJsonLd } from "@diplo-brief/core";
import { type RenderBriefOptions, renderBrief, scriptSafeJson } from "./render-brief.js";
import { isSafeScriptUrl, UnsafeScriptUrlError } from "./script-url.js";

export interface RenderPageOptions extends RenderBriefOptions {
  /**
   * URL of `diplo-brief-hydrate.js` (the elements' hydrating CDN build): https:, or a path on the
   * page's own origin. The page reads fully without it; with it, the brief becomes interactive.
   * Default: the public CDN.
   */
  readonly script?: string;
}

export const defaultHydrateScript =
  "https://cdn.jsdelivr.net/npm/@diplo-brief/elements/dist/cdn/diplo-brief-hydrate.js";

const escapeText = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);

/**
 * A standalone HTML page of a brief: server-rendered `<diplo-brief>` that reads without JavaScript,
 * the brief's schema.org JSON-LD for search engines, and the script that hydrates it. Throws an
 * `UnsafeScriptUrlError` for a script URL other than https: or a same-origin path.
 */
export async function renderPage(input: unknown, options: RenderPageOptions = {}): Promise<string> {
  const brief: Brief = parseBrief(input);
  const script = options.script ?? defaultHydrateScript;
  if (!isSafeScriptUrl(script)) throw new UnsafeScriptUrlError(script);
  const element = await renderBrief(brief, options);
  const { headline, language, source } = brief.article;
  return `<!doctype html>
<html lang="${escapeText(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(headline)}</title>
<meta name="description" content="${escapeText(brief.summary ?? `A grounded brief of ${source}'s report.`)}">
<script type="application/ld+json">${scriptSafeJson(toJsonLd(brief))}</script>
<script type="module" src="${escapeText(script)}"></script>
<style>body{margin:0 auto;max-width:72rem;padding:1rem;font-family:system-ui,sans-serif}</style>
</head>
<body>
<main>
${element}
</main>
</body>
</html>
`;
}
