import { Brief, SCHEMA_VERSION } from "../schemas/brief.js";
import { z } from "../schemas/zod.js";

/** The `$id` of the brief's JSON Schema; it changes with the format version. */
export const BRIEF_SCHEMA_ID = `urn:diplo-brief:brief:${SCHEMA_VERSION}`;

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a brief, generated from the same zod schema that
 * {@link safeParseBrief} uses, so both give the same verdict on a brief's shape. What JSON
 * Schema cannot express is left to `safeParseBrief`: unique ids, references that resolve,
 * evidence spans that fit and match the article text, and a supported minor version.
 */
export function toJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(Brief, { target: "draft-2020-12", unrepresentable: "throw" });
  return {
    ...generated,
    $id: BRIEF_SCHEMA_ID,
    title: `diplo-brief ${SCHEMA_VERSION}`,
    description:
      "A grounded brief of a news article: entities, issues, quotes and events, each tied to spans of the article text.",
  };
}
