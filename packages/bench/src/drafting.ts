import { draftBrief } from "@diplo-brief/draft";
import { packageDir } from "./packages.js";
import { bundled, type Size, sizeOf } from "./sizes.js";
import { median } from "./stats.js";

export interface DraftingArticle {
  readonly label: string;
  readonly text: string;
}

export interface DraftingResult {
  /** Median over the articles of each one's median ms per 1,000 words. */
  readonly msPer1000Words: number;
  readonly words: number;
  readonly articles: number;
}

const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * draftBrief's time per 1,000 words: for each article the median of `runs` drafts after a
 * warm-up (the model is read once per process, so the first draft is not the figure), then the
 * median over the articles.
 */
export function measureDrafting(articles: readonly DraftingArticle[], runs: number): DraftingResult {
  for (const { text } of articles) draftBrief({ text });
  const perArticle = articles.map(({ text }) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      draftBrief({ text });
      times.push(performance.now() - start);
    }
    return (median(times) / wordsIn(text)) * 1000;
  });
  return { msPer1000Words: median(perArticle), words: articles.reduce((sum, a) => sum + wordsIn(a.text), 0), articles: articles.length };
}

/** The drafter as a browser bundles it: everything it imports included, minified as the CDN build is. */
export async function drafterBundle(): Promise<Size> {
  return sizeOf(await bundled('export { draftBrief } from "@diplo-brief/draft";', packageDir(import.meta.url, "@diplo-brief/draft"), "drafter"));
}
