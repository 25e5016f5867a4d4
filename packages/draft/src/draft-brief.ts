import { type Brief, type Problem, SCHEMA_VERSION, safeParseBrief } from "@diplo-brief/core";
import packageJson from "../package.json" with { type: "json" };
import { assemble } from "./assemble.js";
import { type FoundAttribution, findAttributions } from "./attributions.js";
import { EntityTable } from "./entities.js";
import { findEvents } from "./events.js";
import { BlankArticleError, type DraftInput, DraftInputError } from "./input.js";
import { findIssues } from "./issues.js";
import { countFound, type DraftReport, type Skipped } from "./report.js";
import type { ModelDraftOptions } from "./model/draft-with-model.js";
import { settle } from "./settle.js";
import { type Speaker, SpeakerResolver } from "./speakers.js";
import { readDocument } from "./text/document.js";

export interface DraftOptions {
  /** Who the provenance names as the drafter; defaults to this package and its version. */
  readonly by?: string;
}

export interface DraftResult {
  /** A brief at format 1.1 that passes `safeParseBrief` and `verifyBrief`, with `provenance.method` "drafted". */
  readonly brief: Brief;
  readonly report: DraftReport;
}

/** The drafter's own name and version, as `provenance.by` records it. */
export const DRAFTER = `${packageJson.name} ${packageJson.version}`;

/**
 * Drafts a grounded brief of an article, offline and deterministic: its attributions (direct
 * quotes, indirect speech, beliefs and positions, each with content, cue and source spans and a
 * speaker), its entities with every mention as evidence, its events and its issues. Every item is
 * tied to the article's own words, and the brief passes `safeParseBrief` and `verifyBrief`: what
 * would not is left out and listed in the report. An editor reviews it before it is published:
 * `provenance` says it was drafted and not reviewed.
 *
 * @throws BlankArticleError when the text has nothing visible in it
 * @throws DraftInputError when another field is not what the brief format takes (a date that does not exist, a URL that is not http(s))
 */
export function draftBrief(input: DraftInput, options?: DraftOptions): DraftResult;
/**
 * Drafts with a language model too: the rule-based draft, then the model's claims (asked for as
 * `BriefClaims` through structured output, in overlapping parts for a long article), grounded by
 * `groundClaims`: every excerpt is found in the article or dropped, and a direct quote is kept only
 * if the article has its words as written. The two are merged, an item found by both kept once (by
 * span). `provenance` records the model and the prompt's version; the report, the tokens used and
 * everything dropped, with the reason. Needs the `ai` package (v6), an optional peer dependency.
 *
 * @throws ModelDraftError (the promise rejects) when aborted, past `timeout`, without `ai`, or when the provider fails after retries
 */
export function draftBrief(input: DraftInput, options: ModelDraftOptions): Promise<DraftResult>;
export function draftBrief(input: DraftInput, options: DraftOptions | ModelDraftOptions = {}): DraftResult | Promise<DraftResult> {
  // Loaded only when a model is given: offline drafting, in a browser too, never carries it.
  if ("model" in options && options.model !== undefined) return import("./model/draft-with-model.js").then(({ draftWithModel }) => draftWithModel(input, options, draftByRules));
  return draftByRules(input, options);
}

function draftByRules(input: DraftInput, options: DraftOptions): DraftResult {
  const timings: { stage: string; ms: number }[] = [];
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now();
    const result = run();
    timings.push({ stage, ms: performance.now() - start });
    return result;
  };
  const article = articleOf(input);
  const language = article.language;
  const supported = /^en(?:-|$)/i.test(language);
  const notes: string[] = supported
    ? []
    : [`The article's language, '${language}', is not supported: only English is drafted in full, so this draft holds what any language shows (names).`];
  const skipped: Skipped[] = [];

  const doc = time("read", () => readDocument(article.text));
  const table = time("entities", () => {
    const found = new EntityTable(doc);
    found.findNames();
    return found;
  });
  const { attributions, speakers } = time("attributions", () => {
    if (!supported) return { attributions: [], speakers: new Map<FoundAttribution, Speaker>() };
    const found = findAttributions(doc);
    for (const quotation of found.skipped) skipped.push({ stage: "quotes", text: doc.text.slice(quotation.range.start, quotation.range.end).slice(0, 80), start: quotation.range.start, reason: quotation.reason });
    const resolver = new SpeakerResolver(table);
    const resolved = new Map<FoundAttribution, Speaker>();
    for (const attribution of found.attributions) {
      const speaker = resolver.resolve(attribution, resolved);
      if (speaker) resolved.set(attribution, speaker);
    }
    return { attributions: found.attributions, speakers: resolved };
  });
  const events = time("events", () => (supported ? findEvents(doc, table) : []));
  const issues = time("issues", () => (supported ? findIssues(doc, table) : []));
  const items = time("assemble", () => assemble(doc, { entities: table.entities, attributions, speakers, events, issues }, skipped));
  const summary = supported ? ledeOf(doc) : undefined;
  const brief = time("check", () =>
    settle(
      {
        schemaVersion: SCHEMA_VERSION,
        article,
        ...(summary ? { summary } : {}),
        provenance: { method: "drafted", by: options.by ?? DRAFTER, reviewed: false },
        ...items,
      },
      skipped,
    ),
  );
  return {
    brief,
    report: {
      language: { tag: language, supported },
      found: countFound(brief),
      skipped,
      timings,
      notes,
    },
  };
}

/** The article as the brief records it, from the input; what the format would refuse is a {@link DraftInputError}. */
function articleOf(input: DraftInput): Brief["article"] {
  if (typeof input !== "object" || input === null || typeof input.text !== "string") throw new DraftInputError(["text: expected the article's text, a string"]);
  if (!/[^\s\p{Default_Ignorable_Code_Point}]/u.test(input.text)) throw new BlankArticleError();
  const firstLine = input.text.trim().split("\n")[0]?.trim() ?? "";
  const article: Brief["article"] = {
    headline: input.headline ?? (firstLine.length > 0 && firstLine.length <= 200 ? firstLine : "Untitled article"),
    source: input.source ?? "Unknown source",
    language: input.language ?? "en",
    text: input.text,
    ...(input.published !== undefined ? { published: input.published } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
  };
  const checked = safeParseBrief({ schemaVersion: SCHEMA_VERSION, article, entities: [], issues: [], quotes: [], events: [] });
  if (!checked.success) throw new DraftInputError(checked.problems.map(inputMessage));
  return article;
}

const inputMessage = (problem: Problem): string => problem.message.replace(/^article\./, "");

/**
 * The lede: the first sentence long enough to be one that ends as a sentence does. A headline,
 * a dateline or a byline stands alone on its line with no full stop.
 */
function ledeOf(doc: ReturnType<typeof readDocument>): string | undefined {
  for (const sentence of doc.sentences) {
    const words = sentence.last - sentence.first;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (words >= 12 && words <= 80 && /[.!?”"’)]$/.test(text)) return text.replace(/\s+/g, " ");
  }
  return undefined;
}
