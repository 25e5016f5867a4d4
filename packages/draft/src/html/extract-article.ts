import { LanguageTag, Text } from "@diplo-brief/core";
import { Readability } from "@mozilla/readability";
import { dayOf, pageDates } from "./page-dates.js";
import { plainText } from "./plain-text.js";

/** What `draftFromHtml` took from the page. */
export interface ExtractedArticle {
  /** The article's title: its JSON-LD or Open Graph headline, else `<title>`. */
  readonly title?: string;
  /** The author line, without a leading "By". */
  readonly byline?: string;
  /** The site's own name (`og:site_name`). */
  readonly siteName?: string;
  /** The publication day, `YYYY-MM-DD`, when the page gives one that exists. */
  readonly published?: string;
  /** `<html lang>`, when it is a BCP 47 tag (`en_GB` is read as `en-GB`). */
  readonly language?: string;
  /** The article's text without markup: each paragraph, heading or list item apart by a blank line. */
  readonly text: string;
}

export interface Extraction {
  readonly extracted: ExtractedArticle;
  /** The first date the page gives, when none of them is a day that exists (`2024-02-30`, `April 19`). */
  readonly unusableDate?: string;
  /** `<html lang>` when it is not a BCP 47 tag. */
  readonly unusableLanguage?: string;
}

/** Thrown by `draftFromHtml` for a page with no article in it: nothing a reader would read as one. */
export class NoArticleError extends Error {
  override readonly name = "NoArticleError";
  constructor() {
    super("The page has no article: no text a reader would read was found in it.");
  }
}

/** Takes the article out of `doc` with Readability, Firefox's Reader View; `doc` is changed in the process. */
export function extractArticle(doc: Document): Extraction {
  // Read before Readability, which removes from the page what it takes for clutter.
  const dates = pageDates(doc);
  const lang = doc.documentElement?.getAttribute("lang")?.trim().replaceAll("_", "-") ?? "";
  const found = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const text = found?.content ? plainText(found.content) : "";
  if (!Text.safeParse(text).success) throw new NoArticleError();

  // Readability's own date first: it reads JSON-LD, which names the publication date outright.
  const candidates = [found?.publishedTime?.trim() ?? "", ...dates].filter((date) => date !== "");
  const published = candidates.map(dayOf).find((day) => day !== undefined);
  const language = LanguageTag.safeParse(lang).success ? lang : undefined;
  const title = visible(found?.title);
  const byline = visible(found?.byline?.replace(/^\s*by\s+/i, ""));
  const siteName = visible(found?.siteName);
  return {
    extracted: {
      ...(title ? { title } : {}),
      ...(byline ? { byline } : {}),
      ...(siteName ? { siteName } : {}),
      ...(published ? { published } : {}),
      ...(language ? { language } : {}),
      text,
    },
    ...(!published && candidates[0] !== undefined ? { unusableDate: candidates[0] } : {}),
    ...(!language && lang !== "" ? { unusableLanguage: lang } : {}),
  };
}

/** `value` with its white space made single spaces, or undefined when nothing in it is visible. */
function visible(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text !== undefined && Text.safeParse(text).success ? text : undefined;
}
