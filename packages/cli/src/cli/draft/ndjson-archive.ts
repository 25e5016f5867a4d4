import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { describeFsError } from "../fs-errors.js";
import type { CliIo } from "../io.js";
import { decodeUtf8, overLimit } from "../read-input.js";
import { type Archive, type ArchiveArticle, type ArchiveEntry, ArchiveError } from "./archive.js";
import type { ArticleFields } from "./article.js";
import { type Line, lines } from "./ndjson-lines.js";
import { type ArchiveRecord, readRecord } from "./ndjson-record.js";

/**
 * An NDJSON file, one article a line (blank lines aside), in the file's order. Each is named
 * after its `id`; a line that is not a record with an id has no name, and is reported by its
 * line number wherever it runs.
 */
export function ndjsonArchive(file: string, io: CliIo, fields: ArticleFields): Archive {
  /** The records, numbered in order from 0, blank lines aside; only those in `wanted` are parsed, when it is given. */
  const records = async function* (wanted?: ReadonlySet<number>): AsyncGenerator<{ readonly index: number; readonly line: number; readonly record: ArchiveRecord }> {
    let index = 0;
    for await (const line of linesOf(resolve(io.cwd, file))) {
      const text = "tooLong" in line ? undefined : decodeUtf8(line.bytes);
      if (text?.trim() === "") continue;
      const at = index++;
      if (wanted === undefined || wanted.has(at)) yield { index: at, line: line.number, record: recordOf(line, text) };
    }
  };
  const label = (line: number, id: string | undefined): string => `${file}:${line}${id === undefined ? "" : ` (${id})`}`;
  return {
    async *list() {
      for await (const { index, line, record } of records()) {
        const entry: ArchiveEntry = { label: label(line, record.id), name: record.id, index };
        yield entry;
      }
    },
    async *read(entries) {
      for await (const { record } of records(new Set(entries.map((entry) => entry.index)))) {
        const article: ArchiveArticle = record.ok
          ? { ok: true, article: { ...record.article, fields: { ...fields, ...record.article.fields } } }
          : { ok: false, message: record.message };
        yield article;
      }
    },
  };
}

/** The record on `line`, whose `text` is undefined when it is too long or not UTF-8. */
function recordOf(line: Line, text: string | undefined): ArchiveRecord {
  if ("tooLong" in line) return { ok: false, id: undefined, message: `a line ${overLimit("article")}` };
  return text === undefined ? { ok: false, id: undefined, message: "not UTF-8 text" } : readRecord(text);
}

async function* linesOf(path: string): AsyncGenerator<Line> {
  try {
    yield* lines(createReadStream(path));
  } catch (error) {
    throw new ArchiveError(describeFsError(error, "read"));
  }
}
