// The gold briefs are written as specs: every span is a phrase of the article (see span.ts), and
// what follows from the conventions (a quote's mode, its words, its cue text, its evidence) is
// derived here rather than typed twice. ANNOTATION.md has the conventions themselves.
import type { Brief, Entity, Event, Issue, Quote } from "@diplo-brief/core";
import { ArticleText, type Ref, type Span } from "./span.js";

export interface EntitySpec {
  readonly id: string;
  readonly kind: Entity["kind"];
  readonly name: string;
  readonly unnamed?: true;
  readonly aliases?: readonly string[];
  readonly roles?: Entity["roles"];
  readonly description?: string;
  readonly sameAs?: readonly string[];
  /** Mentions of the entity; at least one writes its name. */
  readonly mentions: readonly Ref[];
}

export interface IssueSpec extends Omit<Issue, "evidence" | "parties"> {
  readonly parties: Issue["parties"];
  readonly evidence: readonly Ref[];
}

export interface EventSpec extends Omit<Event, "evidence"> {
  readonly evidence: readonly Ref[];
}

/** One attribution, PARC style; it becomes a quote with an `attribution`. */
export interface AttributionSpec {
  readonly id: string;
  readonly speaker: string;
  /** What is attributed: quoted words with their marks, or the reported clause with "that". */
  readonly content: readonly Ref[];
  readonly cue: Ref;
  /** The mention of the source at this place, with its title and apposition. */
  readonly source: readonly Ref[];
  /** For a pronoun or description source: the mention that names the speaker. */
  readonly named?: readonly Ref[];
  /** Defaults from the content: "direct" when it opens with a quotation mark. */
  readonly mode?: Quote["mode"];
  /** An indirect quote's paraphrase; defaults to the content without its leading "that". */
  readonly text?: string;
  readonly setting?: Quote["setting"];
  readonly event?: string;
  readonly issues?: readonly string[];
}

export interface GoldSpec {
  readonly slug: string;
  readonly article: Omit<Brief["article"], "text">;
  readonly summary?: string;
  readonly entities: readonly EntitySpec[];
  readonly issues: readonly IssueSpec[];
  readonly attributions: readonly AttributionSpec[];
  readonly events: readonly EventSpec[];
}

export const PROVENANCE: NonNullable<Brief["provenance"]> = { method: "written", by: "diplo-brief evaluation set", reviewed: true };

const OPENING_MARKS = /^["“‘']/;
const CLOSING_MARKS = /["”’']$/;

/** The words inside a direct quote's marks: its first content span without the marks and a trailing comma. */
export function quotedWords(content: Span): string {
  return content.text.replace(OPENING_MARKS, "").replace(CLOSING_MARKS, "").replace(/[,\s]+$/, "");
}

export function buildQuote(a: AttributionSpec, article: ArticleText): Quote {
  const content = a.content.map((ref) => article.span(ref));
  const cue = article.span(a.cue);
  const source = a.source.map((ref) => article.span(ref));
  const first = content[0];
  if (!first) throw new Error(`${a.id}: no content`);
  const mode = a.mode ?? (OPENING_MARKS.test(first.text) ? "direct" : "indirect");
  const text = mode === "direct" ? quotedWords(first) : (a.text ?? content.map((c) => c.text).join(" … ").replace(/^that /, ""));
  const evidence = [article.cover([...content, cue, ...source]), ...(a.named ?? []).map((ref) => article.span(ref))];
  return {
    id: a.id,
    speaker: a.speaker,
    mode,
    text,
    cue: cue.text,
    ...(a.setting ? { setting: a.setting } : {}),
    ...(a.event ? { event: a.event } : {}),
    issues: [...(a.issues ?? [])],
    attribution: { content, cue, source },
    evidence,
  };
}

export function buildBrief(spec: GoldSpec, text: string): Brief {
  const article = new ArticleText(text);
  const spans = (refs: readonly Ref[], what: string): Span[] => {
    try {
      return refs.map((ref) => article.span(ref));
    } catch (error) {
      throw new Error(`${spec.slug} ${what}: ${(error as Error).message}`);
    }
  };
  return {
    schemaVersion: "1.1",
    provenance: PROVENANCE,
    article: { ...spec.article, text },
    ...(spec.summary ? { summary: spec.summary } : {}),
    entities: spec.entities.map(({ mentions, aliases, roles, sameAs, ...entity }) => ({
      ...entity,
      aliases: [...(aliases ?? [])],
      roles: [...(roles ?? [])],
      ...(sameAs ? { sameAs: [...sameAs] } : {}),
      evidence: spans(mentions, `entity ${entity.id}`),
    })),
    issues: spec.issues.map(({ evidence, ...issue }) => ({ ...issue, evidence: spans(evidence, `issue ${issue.id}`) })),
    quotes: spec.attributions.map((a) => {
      try {
        return buildQuote(a, article);
      } catch (error) {
        throw new Error(`${spec.slug} quote ${a.id}: ${(error as Error).message}`);
      }
    }),
    events: spec.events.map(({ evidence, ...event }) => ({ ...event, evidence: spans(evidence, `event ${event.id}`) })),
  };
}
