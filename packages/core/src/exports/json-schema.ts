import * as z from "zod/mini";
import { itemCollections } from "../brief-items.js";
import { Brief, SCHEMA_VERSION } from "../schemas/brief.js";
import { fieldDescriptions } from "./json-schema-descriptions.js";

/** The `$id` of the brief's JSON Schema; it changes with the format version. */
export const BRIEF_SCHEMA_ID = `urn:diplo-brief:brief:${SCHEMA_VERSION}`;

export type JsonSchema = Record<string, unknown>;

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
}

// Where evidence spans stand: each item's evidence, and the spans of a quote's attribution.
const spanLists = (): string[] => [...itemCollections.map((c) => `${c}[].evidence[]`), "quotes[].attribution.content[]", "quotes[].attribution.cue", "quotes[].attribution.source[]"];

/** The schema nodes a field path names; `[]` steps into items, unions are looked through. */
function nodesAt(root: SchemaNode, path: string): SchemaNode[] {
  let nodes = [root];
  for (const step of path.split(".")) {
    const [name = "", ...arrays] = step.split("[]");
    nodes = nodes
      .flatMap((node) => node.oneOf ?? node.anyOf ?? [node])
      .flatMap((node) => node.properties?.[name] ?? []);
    for (const _ of arrays) nodes = nodes.flatMap((node) => node.items ?? []);
  }
  return nodes;
}

function describeFields(schema: SchemaNode): void {
  for (const [path, description] of Object.entries(fieldDescriptions)) {
    const paths = path.startsWith("[].evidence[].") ? spanLists().map((list) => `${list}${path.slice("[].evidence[]".length)}`) : [path];
    for (const full of paths) {
      const nodes = nodesAt(schema, full);
      if (nodes.length === 0) throw new Error(`fieldDescriptions names '${full}', which the brief schema does not have`);
      for (const node of nodes) node.description = description;
    }
  }
}

/**
 * The JSON Schema (draft 2020-12) of a brief, generated from the same zod schema that
 * {@link safeParseBrief} uses, so both give the same verdict on a brief's shape, with every field
 * described. What JSON Schema cannot express is left to `safeParseBrief`: unique ids, references
 * that resolve, evidence spans that fit and match the article text, and a supported minor version.
 */
export function toJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(Brief, { target: "draft-2020-12", unrepresentable: "throw" }) as SchemaNode;
  describeFields(generated);
  return {
    ...generated,
    $id: BRIEF_SCHEMA_ID,
    title: `diplo-brief ${SCHEMA_VERSION}`,
    description:
      "A grounded brief of a news article: entities, issues, quotes and events, each tied to spans of the article text.",
  };
}
