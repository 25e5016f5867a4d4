/** A part of the article sent to the model on its own, with where it starts. */
export interface Chunk {
  readonly start: number;
  readonly text: string;
}

/**
 * Cuts a long article into parts of at most `size` characters that overlap by about `overlap`,
 * so a sentence cut by one part's end is whole in the next. Parts end at a paragraph break where
 * there is one in their second half, else at a sentence's end, else where they must.
 */
export function chunksOf(text: string, size: number, overlap: number): Chunk[] {
  const chunks: Chunk[] = [];
  const room = Math.max(1, size);
  const back = Math.min(Math.max(0, overlap), Math.floor(room / 2));
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + room);
    if (end < text.length) end = breakBefore(text, start + Math.floor(room / 2), end);
    chunks.push({ start, text: text.slice(start, end) });
    if (end >= text.length) break;
    start = Math.max(start + 1, startOfLineAfter(text, end - back, end));
  }
  return chunks;
}

/** The last paragraph break, else sentence end, between `from` and `to`: where a part can end. */
function breakBefore(text: string, from: number, to: number): number {
  const paragraph = text.lastIndexOf("\n", to - 1);
  if (paragraph >= from) return paragraph + 1;
  const window = text.slice(from, to);
  const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
  return sentence >= 0 ? from + sentence + 2 : to;
}

/** Where the next part starts: the first line that begins in `from`–`to`, else `from`. */
function startOfLineAfter(text: string, from: number, to: number): number {
  const line = text.indexOf("\n", Math.max(0, from - 1));
  return line !== -1 && line + 1 < to ? line + 1 : from;
}
