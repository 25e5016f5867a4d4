import { type FileHandle, open } from "node:fs/promises";
import { resolve } from "node:path";
import { describeFsError } from "./fs-errors.js";
import type { CliIo, InputStream } from "./io.js";
import { count, formatBytes } from "./messages.js";

/** Larger than any real brief by far (the seed is 55 KB); a bigger file is a mistake or an attack. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

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
export async function readTextInput(source: string, io: CliIo): Promise<InputResult> {
  const label = source === "-" ? STDIN_LABEL : source;
  try {
    const bytes = source === "-" ? await readStdin(io) : await readFile(resolve(io.cwd, source));
    const text = decode(bytes);
    if (text.trim() === "") throw new InputError("is empty, not a brief");
    return { ok: true, label, text };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, label, message: error.message };
    throw error;
  }
}

async function readStdin(io: CliIo): Promise<Buffer> {
  if (io.stdin.isTTY) io.stderr.write("reading a brief from stdin (end it with Ctrl-D)\n");
  try {
    return await readLimited(io.stdin);
  } catch (error) {
    // As for a file: a stream that fails to be read (`- < briefs/`) is a bad input, not a bug.
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error, "read"));
  }
}

async function readFile(path: string): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new InputError(describeFsError(error, "read"));
  }
  try {
    // Opened first, then checked: the checks are about the file we read, even if the path is
    // replaced meanwhile.
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new InputError("is a directory, not a brief file");
    if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw new InputError(`${count(stats.size, "byte")}, ${overLimit}`);
    // A FIFO or a file still growing has no trustworthy size: the limit holds while reading too.
    return await readLimited(handle.createReadStream({ autoClose: false }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error, "read"));
  } finally {
    await handle.close();
  }
}

// In bytes as well: a size rounded to MB could read as equal to the limit it is over.
const overLimit = `larger than the ${MAX_INPUT_BYTES.toLocaleString("en-US")}-byte (${formatBytes(MAX_INPUT_BYTES)}) limit for a brief file`;

async function readLimited(stream: InputStream | AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.byteLength;
    if (total > MAX_INPUT_BYTES) throw new InputError(overLimit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Strict UTF-8, so a Latin-1 or UTF-16 file is named for what it is instead of failing later. */
function decode(bytes: Buffer): string {
  try {
    return utf8.decode(bytes); // drops a leading byte order mark, which JSON.parse would refuse
  } catch {
    throw new InputError("not UTF-8 text");
  }
}
