import { blinkenBeijing } from "@diplo-brief/core/articles";

/**
 * The seed brief as plain mutable JSON, the form briefs arrive in. Typed loosely on purpose:
 * the corruption tests write values the `Brief` type rightly forbids.
 */
export type JsonBrief = Record<string, any>;

export function seedCopy(): JsonBrief {
  return structuredClone(blinkenBeijing) as JsonBrief;
}
