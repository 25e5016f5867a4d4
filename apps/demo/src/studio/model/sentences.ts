/** A half-open range of offsets into the article's text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

const opening = new Set(["“", "«"]);
const closing = new Set(["”", "»"]);
const terminal = new Set([".", "?", "!"]);
// What a new sentence starts with, after the space that follows the end of the last.
const sentenceStart = /[\p{Lu}\p{Lt}\d“"«(]/u;
// A word before a full stop that does not end a sentence: "U.S.", an initial, a title.
const abbreviation = /^(?:\p{L}|\S*\.\S*|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr)$/u;

/**
 * The quotations and sentence ends in `range`, which must not start inside a quotation. A
 * paragraph (a line) closes a quotation still open, as a quotation running over paragraphs
 * opens each with a mark and closes only the last. Only the ends of sentences outside
 * quotations count, so a quoted sentence leaves the one that quotes it whole.
 */
function scan(text: string, range: Range): { quotations: Range[]; sentenceEnds: number[] } {
  const quotations: Range[] = [];
  const sentenceEnds: number[] = [];
  let open: number | undefined;
  for (let i = range.start; i < range.end; i++) {
    const c = text.charAt(i);
    if (open === undefined) {
      if (opening.has(c) || c === '"') open = i + 1;
      else if (terminal.has(c) && !(c === "." && abbreviation.test(wordBefore(text, i))) && newSentenceAt(text, i + 1)) sentenceEnds.push(i + 1);
    } else if (closing.has(c) || c === '"' || c === "\n") {
      quotations.push({ start: open, end: i });
      open = undefined;
      // “… responsibly.” He said: the quoted sentence's end, with its mark, ends the quoting one.
      if (c !== "\n" && terminal.has(text.charAt(i - 1)) && newSentenceAt(text, i + 1)) sentenceEnds.push(i + 1);
    }
  }
  if (open !== undefined) quotations.push({ start: open, end: range.end });
  return { quotations, sentenceEnds };
}

function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  return text.slice(start, at);
}

function newSentenceAt(text: string, at: number): boolean {
  if (at >= text.length || text.charAt(at) === "\n") return true;
  const next = /^\s+(\S)/.exec(text.slice(at, at + 20));
  return next !== null && sentenceStart.test(next[1] as string);
}

/** The paragraph (the line) that holds `offset`. */
function paragraphAt(text: string, offset: number): Range {
  const end = text.indexOf("\n", offset);
  return { start: offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1, end: end === -1 ? text.length : end };
}

/** The sentence or sentences that hold `range`: from the start of the first to the end of the last. */
export function sentencesAround(text: string, range: Range): Range {
  const first = paragraphAt(text, range.start);
  const last = paragraphAt(text, range.end);
  const { sentenceEnds } = scan(text, { start: first.start, end: last.end });
  return {
    start: Math.max(first.start, ...sentenceEnds.filter((end) => end <= range.start)),
    end: Math.min(last.end, ...sentenceEnds.filter((end) => end >= range.end)),
  };
}

/** The words inside the quotation marks that enclose `range`, in its paragraph; undefined when it is not quoted. */
export function quotationAround(text: string, range: Range): Range | undefined {
  return scan(text, paragraphAt(text, range.start)).quotations.find((q) => q.start <= range.start && range.end <= q.end);
}

// Verbs and phrases that attribute words, most common in news first; whole words only ("said", not "saidst").
const reporting =
  /\b(?:said|says|told|tells|tweeted|wrote|writes|added|adds|asked|asks|stated|states|noted|warned|announced|explained|insisted|declared|urged|stressed|argued|claimed|according to)\b/i;

/** The first attributing verb of `range` outside its quotations ("said", "tweeted"), as the article writes it. */
export function reportingVerbIn(text: string, range: Range): string | undefined {
  let narration = text.slice(range.start, range.end);
  // Quoted words are blanked, offsets kept: a "said" inside a quotation is the speaker's, not the cue.
  for (const q of scan(text, range).quotations) {
    narration = narration.slice(0, q.start - range.start) + " ".repeat(q.end - q.start) + narration.slice(q.end - range.start);
  }
  return reporting.exec(narration)?.[0];
}
