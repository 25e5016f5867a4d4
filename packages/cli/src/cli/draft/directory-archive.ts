import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { describeFsError } from "../fs-errors.js";
import type { CliIo } from "../io.js";
import { readTextInput } from "../read-input.js";
import { type Archive, type ArchiveEntry, ArchiveError } from "./archive.js";
import { type ArticleFields, formatOfName } from "./article.js";

/** The files a directory's articles are in. */
const articleFile = /\.(?:txt|html?)$/i;

/**
 * Every `.txt`, `.html` and `.htm` file in `directory` and the directories in it, however deep,
 * hidden ones (`.git`, `.drafts`) left out; in the order of their paths, compared character by
 * character, so that the order is the same on every machine. Each is named after its path inside
 * the directory, without its extension: `2024/04/talks.html` is `2024/04/talks`.
 */
export function directoryArchive(directory: string, io: CliIo, fields: ArticleFields): Archive {
  let paths: string[] = [];
  return {
    async *list() {
      const root = resolve(io.cwd, directory);
      const found = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
        throw new ArchiveError(describeFsError(error, "read"));
      });
      paths = found
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && articleFile.test(entry.name))
        .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
        .filter((path) => !path.split("/").some((part) => part.startsWith(".")))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [index, path] of paths.entries()) {
        const entry: ArchiveEntry = { label: join(directory, path), name: path.replace(articleFile, ""), index };
        yield entry;
      }
    },
    async *read(entries) {
      for (const entry of entries) {
        const path = join(directory, paths[entry.index] ?? "");
        const input = await readTextInput(path, io, "article");
        yield input.ok ? { ok: true, article: { format: formatOfName(path), content: input.text, fields } } : { ok: false, message: input.message };
      }
    },
  };
}
