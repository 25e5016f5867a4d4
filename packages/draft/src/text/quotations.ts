/** A span of the article text, half-open, in UTF-16 code units. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Words inside quotation marks: one segment per paragraph it runs over (news style leaves a
 * paragraph open and opens the next one again), each segment with its marks.
 */
export interface Quotation {
  readonly segments: readonly Range[];
  /** The words inside the marks, per segment. */
  readonly inner: readonly Range[];
  /** Whether the last segment was closed by a mark (not cut by the end of a paragraph). */
  readonly closed: boolean;
}

const openers = new Set(["“", "„", "«", "‟"]);
const closers = new Set(["”", "»"]);

const isParagraphBreak = (text: string, at: number): boolean => text[at] === "\n";

/**
 * Finds double-quoted passages: curly, guillemet and straight marks (a straight mark opens after a
 * space or a bracket and closes elsewhere). Single marks are nested quotes or apostrophes and never
 * delimit here. A quotation left open at a paragraph's end goes on if the next paragraph opens one
 * at once; otherwise it ends with its paragraph.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let segments: Range[] = [];
  let openAt = -1;
  let pendingParagraphEnd = -1;

  const finish = (closed: boolean): void => {
    if (segments.length > 0) {
      const last = segments.length - 1;
      const inner = segments.map((s, i) => trimRange(text, { start: s.start + 1, end: closed && i === last ? s.end - 1 : s.end }));
      found.push({ segments, inner, closed });
    }
    segments = [];
    openAt = -1;
    pendingParagraphEnd = -1;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isParagraphBreak(text, i)) {
      if (openAt !== -1) {
        // Left open at the paragraph's end: a segment, perhaps continued in the next paragraph.
        const end = trimRange(text, { start: openAt, end: i }).end;
        segments.push({ start: openAt, end });
        openAt = -1;
        pendingParagraphEnd = end;
      }
      continue;
    }
    if (pendingParagraphEnd !== -1 && !/\s/.test(ch)) {
      const opensAgain = openers.has(ch) || (ch === '"' && isStraightOpener(text, i));
      if (!opensAgain) finish(false);
      else {
        pendingParagraphEnd = -1;
        openAt = i;
        continue;
      }
    }
    const straight = ch === '"';
    if (openAt === -1) {
      if (openers.has(ch) || (straight && isStraightOpener(text, i))) openAt = i;
    } else if (closers.has(ch) || straight) {
      segments.push({ start: openAt, end: i + 1 });
      finish(true);
    }
  }
  if (openAt !== -1) segments.push({ start: openAt, end: trimRange(text, { start: openAt, end: text.length }).end });
  finish(false);
  return found;
}

function isStraightOpener(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === undefined || /[\s([{\u2014\u2013-]/.test(before);
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}
