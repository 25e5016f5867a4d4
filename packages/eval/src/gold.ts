import { readdirSync, readFileSync } from "node:fs";
import { type Brief, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import type { DraftInput } from "@diplo-brief/draft";

/** The gold set's folder: `<slug>.txt` (article text) beside `<slug>.brief.json`. */
export const goldDir = new URL("../gold/", import.meta.url);

/**
 * The seed article is Reuters' and stays where it is, in @diplo-brief/core: its gold brief is
 * stored without `article.text`, which the loader takes from core's seed, byte for byte.
 */
export const SEED_SLUG = "blinken-beijing";

export interface GoldArticle {
  readonly slug: string;
  readonly brief: Brief;
}

export const readGoldText = (slug: string): string => readFileSync(new URL(`${slug}.txt`, goldDir), "utf8");

export const serializeGold = (brief: unknown): string => `${JSON.stringify(brief, null, 2)}\n`;

/** Every gold brief, parsed (a gold brief that does not parse is an error, not a skipped article). */
export function loadGoldSet(dir: URL = goldDir): GoldArticle[] {
  const slugs = readdirSync(dir)
    .filter((name) => name.endsWith(".brief.json"))
    .map((name) => name.slice(0, -".brief.json".length))
    .sort((a, b) => (a === SEED_SLUG ? -1 : b === SEED_SLUG ? 1 : a.localeCompare(b)));
  return slugs.map((slug) => {
    const data = JSON.parse(readFileSync(new URL(`${slug}.brief.json`, dir), "utf8")) as { article: Record<string, unknown> };
    if (data.article.text === undefined) {
      if (slug !== SEED_SLUG) throw new Error(`gold/${slug}.brief.json has no article.text`);
      data.article = { ...data.article, text: blinkenBeijing.article.text };
    }
    const parsed = safeParseBrief(data);
    if (!parsed.success) throw new Error(`gold/${slug}.brief.json: ${parsed.problems.map((p) => p.message).join("; ")}`);
    return { slug, brief: parsed.data };
  });
}

/**
 * What the drafter is given of a gold article: what a user would pass (text, headline, date,
 * source, language). The rules alone and the model pipeline get the same, so their scores compare.
 */
export const draftInputOf = ({ article }: Brief): DraftInput => ({
  text: article.text,
  headline: article.headline,
  source: article.source,
  language: article.language,
  ...(article.published ? { published: article.published } : {}),
});
