import type { Selection } from "../model/index.js";

/**
 * The article is drawn as one element per paragraph, each holding a single text node whose first
 * character is `article.text[data-start]`. A point in the DOM is then an offset into the article by
 * one addition, and an offset a point by one search: nobody ever types or counts offsets. The blank
 * lines between paragraphs are not drawn; a selection across them still maps to the offsets that
 * span them.
 */
const START = "start";

/** Draws `text` into `container` as paragraphs (split at blank lines) that keep their offsets. */
export function renderParagraphs(container: HTMLElement, text: string): void {
  const paragraphs: HTMLElement[] = [];
  const add = (start: number, end: number): void => {
    const words = text.slice(start, end);
    if (words.trim() === "") return;
    const paragraph = Object.assign(document.createElement("p"), { textContent: words });
    paragraph.dataset[START] = String(start);
    paragraphs.push(paragraph);
  };
  let start = 0;
  for (const separator of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    add(start, separator.index);
    start = separator.index + separator[0].length;
  }
  add(start, text.length);
  container.replaceChildren(...paragraphs);
}

interface Paragraph {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

function paragraphsOf(container: HTMLElement): Paragraph[] {
  return [...container.children].flatMap((element) => {
    const node = element.firstChild;
    const start = Number((element as HTMLElement).dataset[START]);
    return node instanceof Text && Number.isFinite(start) ? [{ node, start, end: start + node.data.length }] : [];
  });
}

/** The article offset of a DOM boundary point inside `container`; undefined outside it. */
function offsetAt(container: HTMLElement, node: Node, offset: number): number | undefined {
  if (!container.contains(node)) return undefined;
  const paragraphs = paragraphsOf(container);
  if (node instanceof Text) {
    const paragraph = paragraphs.find((p) => p.node === node);
    return paragraph ? paragraph.start + offset : undefined;
  }
  // A point between children (the caret at a paragraph's edge, a triple click): the nearest paragraph edge.
  if (node === container) {
    const next = paragraphs[offset];
    return next ? next.start : paragraphs.at(-1)?.end;
  }
  const paragraph = paragraphs.find((p) => p.node.parentNode === node);
  if (!paragraph) return undefined;
  return offset === 0 ? paragraph.start : paragraph.end;
}

/** The article offsets the document's selection covers, when it lies in `container`. */
export function selectionIn(container: HTMLElement): Selection | undefined {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const start = offsetAt(container, range.startContainer, range.startOffset);
  const end = offsetAt(container, range.endContainer, range.endOffset);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The caret's article offset, when the selection is collapsed in `container`. */
export function caretIn(container: HTMLElement): number | undefined {
  const selection = getSelection();
  if (!selection?.isCollapsed || !selection.anchorNode) return undefined;
  return offsetAt(container, selection.anchorNode, selection.anchorOffset);
}

/** A DOM range over article offsets `start`–`end`; undefined when no drawn text lies between them. */
export function rangeAt(container: HTMLElement, start: number, end: number): Range | undefined {
  const paragraphs = paragraphsOf(container);
  const first = paragraphs.find((p) => p.end > start);
  const last = paragraphs.filter((p) => p.start < end).at(-1);
  if (!first || !last || first.start >= end || last.end <= start) return undefined;
  const range = document.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.data.length, end - last.start));
  return range;
}
