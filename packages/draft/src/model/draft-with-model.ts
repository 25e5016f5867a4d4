import { BriefClaims, groundClaims, keepGrounded } from "@diplo-brief/core";
import type { LanguageModel } from "ai";
import * as z from "zod/mini";
import type { DraftInput } from "../input.js";
import type { DraftOptions, DraftResult } from "../draft-brief.js";
import { countFound, type ModelReport } from "../report.js";
import { chunksOf } from "./chunks.js";
import { mergeBriefs } from "./merge-briefs.js";
import { mergeClaims } from "./merge-claims.js";
import { ModelDraftError } from "./model-error.js";
import { PROMPT_VERSION, SYSTEM_PROMPT, userPrompt } from "./prompt.js";
import { withRetries } from "./retry.js";

export interface ModelDraftOptions extends DraftOptions {
  /** Any AI SDK language model (`openai("gpt-4.1-mini")`, `anthropic(…)`, `ollama(…)`, a mock): it writes claims, and grounding keeps what the article holds. */
  readonly model: LanguageModel;
  /** Stops drafting: the promise rejects with a {@link ModelDraftError} whose code is "aborted". */
  readonly signal?: AbortSignal | undefined;
  /** Milliseconds for the whole draft, every part and retry included; then it rejects with code "timeout". No limit by default. */
  readonly timeout?: number | undefined;
  /** Tries after a rate limit (429) or a server error (5xx), with exponential backoff; 3 by default. */
  readonly retries?: number | undefined;
  /** Milliseconds before the first retry, doubled for each next one unless the server says (`Retry-After`); 1,000 by default. */
  readonly retryDelay?: number | undefined;
  /** The most characters of article sent in one request: longer articles are sent in overlapping parts. 12,000 by default. */
  readonly chunkSize?: number | undefined;
  /** Characters each part repeats from the one before, so no sentence is only ever seen cut: 1,000 by default. */
  readonly chunkOverlap?: number | undefined;
  /** The least share of an evidence excerpt's words found in order for a fuzzy match (0.75). */
  readonly threshold?: number | undefined;
}

// The model says what the article holds; how the brief was made is ours to record, not its to claim.
const ModelClaims = z.omit(BriefClaims, { schemaVersion: true, provenance: true });

interface Ai {
  generateText: typeof import("ai").generateText;
  Output: typeof import("ai").Output;
  NoObjectGeneratedError: typeof import("ai").NoObjectGeneratedError;
}

/** `ai` is an optional peer dependency: loaded when a model is given, by a name bundlers leave alone. */
async function loadAi(): Promise<Ai> {
  const name = "ai";
  try {
    return (await import(/* @vite-ignore */ name)) as Ai;
  } catch (error) {
    throw new ModelDraftError("missing-package", "Drafting with a model needs the AI SDK: npm install ai@6", { cause: error });
  }
}

/**
 * How a model is named in provenance: "provider:model-id", as the command line takes it. Providers
 * name themselves by API too ("openai.responses"): the API is left out.
 */
function modelName(model: LanguageModel): string {
  if (typeof model === "string") return model;
  const { provider, modelId } = model as { provider?: unknown; modelId?: unknown };
  const name = typeof provider === "string" ? provider.split(".")[0] : undefined;
  return [name, modelId].filter((part) => typeof part === "string" && part.length > 0).join(":") || "unknown model";
}

/** Reads a model's answer that did not fit the schema: JSON, maybe in a Markdown code fence. */
function readAnswer(text: string | undefined): { claims: unknown } | { failure: string } {
  if (text === undefined || text.trim() === "") return { failure: "the model gave no answer" };
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  try {
    return { claims: JSON.parse(fenced ? (fenced[1] as string) : text) };
  } catch (error) {
    return { failure: `the model's answer is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Drafts with a language model: the rule-based draft first, then the model's claims on each part
 * of the article, grounded by `groundClaims` (every excerpt found in the article or dropped; a
 * direct quote only as the article writes it), then both merged, the same item kept once.
 */
export async function draftWithModel(input: DraftInput, options: ModelDraftOptions, draftRules: (input: DraftInput, options: DraftOptions) => DraftResult): Promise<DraftResult> {
  const signals = [options.signal, options.timeout !== undefined ? AbortSignal.timeout(Math.max(0, options.timeout)) : undefined].filter((s): s is AbortSignal => s !== undefined);
  const signal = AbortSignal.any(signals);
  const stopped = (error: unknown): ModelDraftError | undefined => {
    if (!signal.aborted) return undefined;
    if (options.signal?.aborted) return new ModelDraftError("aborted", "Drafting was aborted", { cause: options.signal.reason ?? error });
    return new ModelDraftError("timeout", `Drafting with ${modelName(options.model)} took longer than ${options.timeout} ms`, { cause: error });
  };
  if (signal.aborted) throw stopped(signal.reason);

  const rules = draftRules(input, options);
  const ai = await loadAi();
  const article = rules.brief.article;
  const parts = chunksOf(article.text, options.chunkSize ?? 12_000, options.chunkOverlap ?? 1_000);
  const usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0 };
  const addUsage = (used: { inputTokens?: number | undefined; outputTokens?: number | undefined; totalTokens?: number | undefined } | undefined): void => {
    usage.inputTokens += used?.inputTokens ?? 0;
    usage.outputTokens += used?.outputTokens ?? 0;
    usage.totalTokens += used?.totalTokens ?? (used?.inputTokens ?? 0) + (used?.outputTokens ?? 0);
  };
  const failures: { chunk: number; reason: string }[] = [];
  const answers: unknown[] = [];
  let retries = 0;

  for (const [index, part] of parts.entries()) {
    try {
      const result = await withRetries(
        () =>
          ai.generateText({
            model: options.model,
            system: SYSTEM_PROMPT,
            prompt: userPrompt({ headline: article.headline, text: part.text }, { index, count: parts.length }),
            output: ai.Output.object({ schema: ModelClaims, name: "brief_claims", description: "Claims about the article, each with excerpts of its exact words" }),
            abortSignal: signal,
            // Retries are ours, so they follow our policy and are counted.
            maxRetries: 0,
          }),
        { retries: options.retries ?? 3, delay: options.retryDelay ?? 1_000, signal },
        () => retries++,
      );
      addUsage(result.totalUsage);
      answers.push(result.output);
    } catch (error) {
      const stop = stopped(error);
      if (stop) throw stop;
      if (!ai.NoObjectGeneratedError.isInstance(error)) {
        const status = (error as { statusCode?: unknown }).statusCode;
        throw new ModelDraftError("failed", `${modelName(options.model)} failed${typeof status === "number" ? ` (HTTP ${status})` : ""}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      // An answer that does not fit the schema is grounded item by item: what holds is kept.
      addUsage(error.usage);
      const read = readAnswer(error.text);
      if ("claims" in read) answers.push(read.claims);
      else failures.push({ chunk: index, reason: read.failure });
    }
  }

  const provenance = { method: "drafted", by: rules.brief.provenance?.by ?? "@diplo-brief/draft", model: modelName(options.model), prompt: PROMPT_VERSION, reviewed: false } as const;
  const grounded = groundClaims(article, mergeClaims(answers), { provenance, ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) });
  const merged = mergeBriefs({ ...grounded.brief, ...(rules.brief.summary && !grounded.brief.summary ? { summary: rules.brief.summary } : {}) }, rules.brief);
  const { brief } = keepGrounded(merged.brief);
  const model: ModelReport = {
    id: provenance.model,
    prompt: PROMPT_VERSION,
    chunks: parts.length,
    usage,
    retries,
    failures,
    grounding: grounded.report,
    merged: { fromModel: merged.fromModel, fromRules: merged.fromRules },
  };
  return {
    brief,
    report: {
      ...rules.report,
      found: countFound(brief),
      model,
    },
  };
}
