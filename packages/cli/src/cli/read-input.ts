import { type FileHandle, open } from "node:fs/promises";
import { resolve } from "node:path";
import { describeFsError } from "./fs-errors.js";
import type { CliIo, InputStream } from "./io.js";
import { count, formatBytes } from "./messages.js";

/** Larger than any real brief or article by far (the seed brief is 55 KB); a bigger file is a mistake or an attack. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** What an input is read as, for the messages: `is empty, not a brief`, `not an article file`. */
export type InputKind = "brief" | "article";

const named: Readonly<Record<InputKind, { readonly one: string; readonly file: string }>> = {
  brief: { one: "a brief", file: "a brief file" },
  article: { one: "an article", file: "an article file" },
};

/** The name `-` is shown by in messages. */
export const STDIN_LABEL = "stdin";

export type InputResult =
  | { readonly ok: true; readonly label: string; readonly text: string }
  | { readonly ok: false; readonly label: string; readonly message: string };

/** An input that cannot be used as a brief; `message` is the part after `label: `. */
class InputError extends Error {
  override readonly name = "InputError";
}

/**
 * Reads one input (a path relative to `io.cwd`, or `-` for stdin) as UTF-8 text. Never throws for
 * a bad input: every way a file can fail to be read comes back as a one-line message.
 */
export async function readTextInput(source: string, io: CliIo, kind: InputKind = "brief"): Promise<InputResult> {
  const label = source === "-" ? STDIN_LABEL : source;
  try {
    const bytes = source === "-" ? await readStdin(io, kind) : await readFile(resolve(io.cwd, source), kind);
    const text = decodeUtf8(bytes);
    if (text === undefined) throw new InputError("not UTF-8 text");
    if (text.trim() === "") throw new InputError(`is empty, not ${named[kind].one}`);
    return { ok: true, label, text };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, label, message: error.message };
    throw error;
  }
}

async function readStdin(io: CliIo, kind: InputKind): Promise<Buffer> {
  if (io.stdin.isTTY) io.stderr.write(`reading ${named[kind].one} from stdin (end it with Ctrl-D)\n`);
  try {
    return await readLimited(io.stdin, kind);
  } catch (error) {
    // As for a file: a stream that fails to be read (`- < briefs/`) is a bad input, not a bug.
    if (error instanceof InputError) throw error;
    throw new InputError(describeReadError(error, kind));
  }
}

async function readFile(path: string, kind: InputKind): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new InputError(describeReadError(error, kind));
  }
  try {
    // Opened first, then checked: the checks are about the file we read, even if the path is
    // replaced meanwhile.
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError(`is a directory, not ${named[kind].file}`);
    if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw new InputError(`${count(stats.size, "byte")}, ${overLimit(kind)}`);
    // A FIFO or a file still growing has no trustworthy size: the limit holds while reading too.
    return await readLimited(handle.createReadStream({ autoClose: false }), kind);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeReadError(error, kind));
  } finally {
    await handle.close();
  }
}

/** `describeFsError`'s reason, with a directory named as not being what was to be read. */
const describeReadError = (error: unknown, kind: InputKind): string =>
  (error as NodeJS.ErrnoException | undefined)?.code === "EISDIR" ? `is a directory, not ${named[kind].file}` : describeFsError(error, "read");

// In bytes as well: a size rounded to MB could read as equal to the limit it is over.
export const overLimit = (kind: InputKind): string =>
  `larger than the ${MAX_INPUT_BYTES.toLocaleString("en-US")}-byte (${formatBytes(MAX_INPUT_BYTES)}) limit for ${named[kind].file}`;

async function readLimited(stream: InputStream | AsyncIterable<Buffer>, kind: InputKind): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.byteLength;
    if (total > MAX_INPUT_BYTES) throw new InputError(overLimit(kind));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Strict UTF-8, so that a Latin-1 or UTF-16 file is named for what it is instead of failing later; undefined for bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes); // drops a leading byte order mark, which JSON.parse would refuse
  } catch {
    return undefined;
  }
}
