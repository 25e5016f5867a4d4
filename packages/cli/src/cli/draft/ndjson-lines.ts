import { MAX_INPUT_BYTES } from "../read-input.js";

/** A line of an NDJSON file: its bytes, without the line break; or `tooLong` for one over the input limit, which is never held in memory. */
export type Line = { readonly number: number; readonly bytes: Buffer } | { readonly number: number; readonly tooLong: true };

/**
 * The lines of `stream`, numbered from 1, `\n` or `\r\n` ended, the last one with or without. A
 * line longer than an article may be (`MAX_INPUT_BYTES`) is skipped to its end and reported as
 * such, so that an archive of any size is read in bounded memory.
 */
export async function* lines(stream: AsyncIterable<Buffer>): AsyncGenerator<Line> {
  let number = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const end = (): Line => {
    const bytes = Buffer.concat(parts, length);
    const line: Line = tooLong ? { number, tooLong: true } : { number, bytes: bytes.at(-1) === 0x0d ? bytes.subarray(0, -1) : bytes };
    number++;
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  const take = (chunk: Buffer): void => {
    if (tooLong) return;
    length += chunk.length;
    if (length > MAX_INPUT_BYTES + 1) {
      tooLong = true;
      parts = [];
      length = 0;
    } else {
      parts.push(chunk);
    }
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, newline));
      yield end();
      start = newline + 1;
    }
    take(chunk.subarray(start));
  }
  if (length > 0 || tooLong) yield end();
}
