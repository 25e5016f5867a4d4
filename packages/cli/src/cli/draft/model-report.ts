import { formatPath } from "@diplo-brief/core";
import { ModelDraftError, type ModelReport } from "@diplo-brief/draft";
import { count } from "../messages.js";

const kinds = [
  ["entities", "entity", "entities"],
  ["issues", "issue", "issues"],
  ["quotes", "quote", "quotes"],
  ["events", "event", "events"],
] as const;

type Counts = ModelReport["grounding"]["kept"];

const total = (counts: Counts): number => kinds.reduce((sum, [kind]) => sum + counts[kind], 0);

/**
 * What drafting with the model did, a line each, for stderr beside the line that says what was
 * drafted: the model and prompt, what it cost, what grounding kept of its claims, and every item
 * or excerpt it dropped, with its path in the claims, its code and the reason.
 *
 * ```text
 * model openai:gpt-4.1-mini, prompt diplo-brief-claims/1: 1 part, 1,500 tokens (1,200 in, 300 out), 0 retries
 * kept 4 of 5 items claimed (3 of 3 entities, 0 of 0 issues, 0 of 1 quote, 1 of 1 event); spans matched 6 exact, 1 typographic, 0 fuzzy, 1 mended; in the brief 4 items from the model, 9 from the rules
 * dropped quotes[0] (invented): not-verbatim: 'We will sign a trade deal next week' is not in the article
 * ```
 */
export function modelReportLines(model: ModelReport): string[] {
  const { usage, grounding } = model;
  const { claimed, kept, matched, mended, dropped } = grounding;
  const kinded = kinds.map(([kind, one, many]) => `${kept[kind]} of ${count(claimed[kind], one, many)}`).join(", ");
  return [
    `model ${model.id}, prompt ${model.prompt}: ${count(model.chunks, "part")}, ${count(usage.totalTokens, "token")} (${usage.inputTokens.toLocaleString("en-US")} in, ${usage.outputTokens.toLocaleString("en-US")} out), ${count(model.retries, "retry", "retries")}`,
    `kept ${total(kept)} of ${count(total(claimed), "item")} claimed (${kinded}); spans matched ${matched.exact} exact, ${matched.typographic} typographic, ${matched.fuzzy} fuzzy, ${mended} mended; in the brief ${count(total(model.merged.fromModel), "item")} from the model, ${total(model.merged.fromRules)} from the rules`,
    ...model.failures.map(({ chunk, reason }) => `part ${chunk + 1} of ${model.chunks} not used: ${reason}`),
    ...dropped.map(({ path, id, code, reason }) => `dropped ${formatPath(path)}${id === undefined ? "" : ` (${id})`}: ${code}: ${reason}`),
  ];
}

/** Why drafting with the model stopped, for the line naming the article; undefined for an error that is not the model's. */
export function modelFailure(error: unknown): string | undefined {
  if (!(error instanceof ModelDraftError)) return undefined;
  // The abort's reason is the signal that ended the run (see interrupt.ts), or whatever aborted it.
  if (error.code === "aborted") return `interrupted${typeof error.cause === "string" ? ` by ${error.cause}` : ""}: the request to the model was stopped`;
  return error.message;
}
