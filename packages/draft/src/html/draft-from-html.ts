import { type DraftInput, type DraftOptions, type DraftResult, DraftInputError, draftBrief, type ModelDraftOptions } from "../index.js";
import { type ExtractedArticle, extractArticle } from "./extract-article.js";
import { type ParseHtml, parseDocument } from "./parse-document.js";

/** The options of drafting with a model, all but `model` itself, which makes a draft use one. */
type ModelOptions = Omit<ModelDraftOptions, keyof DraftOptions | "model">;

export interface HtmlDraftOptions extends Omit<DraftInput, "text">, DraftOptions, ModelOptions {
  /** A language model to draft with too, as `draftBrief(input, { model })` does. */
  readonly model?: ModelDraftOptions["model"] | undefined;
  /**
   * Parses the page. By default, the platform's own `DOMParser` where there is one (browsers,
   * which then download no parser of ours), and linkedom in Node.js.
   */
  readonly parse?: ParseHtml;
}

export interface HtmlDraftResult extends DraftResult {
  /** What was taken from the page; the brief's article text is `extracted.text`. */
  readonly extracted: ExtractedArticle;
}

/**
 * Drafts a brief of the article in a web page: takes the article out with Readability (Firefox's
 * Reader View), with its title, byline, date and language, as text with a blank line between
 * paragraphs, then drafts it with `draftBrief`. What `options` gives wins over what the page says;
 * the byline is the source when no `source` is given. What the page says and the draft does not
 * use (a byline beside a given source, a date that does not exist, a language that is not a BCP
 * 47 tag) is a note in the report. With a `model`, the article is drafted with it too, as
 * `draftBrief(input, { model })` does (and rejects as it does).
 *
 * @throws NoArticleError when the page has no article text
 * @throws DraftInputError when an option is not what the brief format takes (a date that does not exist, a URL that is not http(s))
 */
export async function draftFromHtml(html: string, options: HtmlDraftOptions = {}): Promise<HtmlDraftResult> {
  if (typeof html !== "string") throw new DraftInputError(["html: expected the page's HTML, a string"]);
  const { parse, by, model, signal, timeout, retries, retryDelay, chunkSize, chunkOverlap, threshold, ...given } = options;
  const { extracted, unusableDate, unusableLanguage } = extractArticle(await parseDocument(html, parse));

  const notes: string[] = [];
  if (given.source !== undefined && extracted.byline !== undefined) {
    notes.push(`The page's byline, '${extracted.byline}', is not the source: the source given is '${given.source}'.`);
  }
  if (given.published === undefined && unusableDate !== undefined) {
    notes.push(`The page's date, '${unusableDate}', is not a date that exists in the form YYYY-MM-DD: the brief has no publication date.`);
  }
  if (given.language === undefined && unusableLanguage !== undefined) {
    notes.push(`The page's language, '${unusableLanguage}', is not a BCP 47 tag: the article is read as English.`);
  }
  const input: DraftInput = {
    text: extracted.text,
    ...only("headline", given.headline ?? extracted.title),
    ...only("published", given.published ?? extracted.published),
    ...only("source", given.source ?? extracted.byline ?? extracted.siteName),
    ...only("url", given.url),
    ...only("language", given.language ?? extracted.language),
  };
  const drafting = by === undefined ? {} : { by };
  const { brief, report } =
    model === undefined ? draftBrief(input, drafting) : await draftBrief(input, { ...drafting, model, signal, timeout, retries, retryDelay, chunkSize, chunkOverlap, threshold });
  return { brief, report: { ...report, notes: [...notes, ...report.notes] }, extracted };
}

/** `{ [key]: value }`, or nothing for an undefined value: the input's fields are optional, never undefined. */
const only = <K extends string>(key: K, value: string | undefined): { [P in K]?: string } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: string }));
