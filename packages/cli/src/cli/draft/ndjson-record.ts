import type { ArticleFields, ArticleSource } from "./article.js";

const fieldNames = ["headline", "published", "source", "url", "language"] as const;
const known = new Set<string>(["id", "text", "html", ...fieldNames]);

/** One line of an NDJSON archive, read: its id when it has a usable one, and its article or what is wrong with it. */
export type ArchiveRecord =
  | { readonly ok: true; readonly id: string; readonly article: ArticleSource }
  | { readonly ok: false; readonly id: string | undefined; readonly message: string };

/**
 * Reads `{ "id", "text" | "html", "headline"?, "published"?, "source"?, "url"?, "language"? }`.
 * An unknown field is refused, so that a misspelt one is never silently lost; `null` stands for a
 * field left out, as database exports write it. The fields' values are checked by the drafter.
 */
export function readRecord(line: string): ArchiveRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: undefined, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, id: undefined, message: "not a JSON object: expected { id, text or html, … }" };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === "string" && record.id.trim() !== "" ? record.id : typeof record.id === "number" && Number.isFinite(record.id) ? String(record.id) : undefined;
  const fail = (message: string): ArchiveRecord => ({ ok: false, id, message });
  if (id === undefined) return fail(record.id === undefined || record.id === null ? "missing id" : "id: expected a string or a number, not blank");
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) return fail(`unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((key) => `'${key}'`).join(", ")} (known: ${[...known].join(", ")})`);

  const text = given(record.text);
  const html = given(record.html);
  if (text !== undefined && html !== undefined) return fail("has both text and html: give one");
  const content = text ?? html;
  if (content === undefined) return fail("missing text (or html)");
  if (typeof content !== "string") return fail(`${text !== undefined ? "text" : "html"}: expected a string`);

  const fields: Record<string, string> = {};
  for (const name of fieldNames) {
    const field = given(record[name]);
    if (field === undefined) continue;
    if (typeof field !== "string") return fail(`${name}: expected a string`);
    fields[name] = field;
  }
  return { ok: true, id, article: { format: text !== undefined ? "text" : "html", content, fields: fields as ArticleFields } };
}

/** A field's value, or undefined for one left out or `null`. */
const given = (value: unknown): unknown => (value === null ? undefined : value);
