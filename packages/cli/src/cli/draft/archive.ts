import type { ArticleSource } from "./article.js";

/** One article of an archive, before it is read. */
export interface ArchiveEntry {
  /** How messages name it: the file's path as typed, or `archive.ndjson:12 (its id)`. */
  readonly label: string;
  /** What its brief's file is named after: its path in the directory, or its id; undefined for a record with no usable id. */
  readonly name: string | undefined;
  /** Its place in `list`'s order, from 0, by which the archive finds it again. */
  readonly index: number;
}

/** An article read from its archive, or why it could not be. */
export type ArchiveArticle = { readonly ok: true; readonly article: ArticleSource } | { readonly ok: false; readonly message: string };

/** A directory of articles, or an NDJSON file of them, read in two passes: a list of names, then the articles a run drafts. */
export interface Archive {
  /** Every article, in the archive's own stable order, read only as far as its name. */
  list(): AsyncIterable<ArchiveEntry>;
  /** The articles of `entries`, a selection from `list` in its order, read one at a time as they are asked for. */
  read(entries: readonly ArchiveEntry[]): AsyncIterable<ArchiveArticle>;
}

/** The archive itself cannot be read: `message` is the part after `archive: `. */
export class ArchiveError extends Error {
  override readonly name = "ArchiveError";
}
