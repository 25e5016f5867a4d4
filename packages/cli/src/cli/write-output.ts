import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { describeFsError } from "./fs-errors.js";

/** Why an output file could not be written, as the part after `file: cannot write: `. */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/**
 * Writes `content` to `path` through a temporary file in the same directory and a rename, so a
 * reader (or a web server) sees the old file or the whole new one, never a half-written page.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError("is a directory");
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new OutputError(describeFsError(error, "write"));
  }
}
