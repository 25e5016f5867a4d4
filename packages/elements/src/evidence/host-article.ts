import type { Evidence } from "@diplo-brief/core";
import { normalizeForMatch } from "@diplo-brief/core";

export const EVIDENCE_HIGHLIGHT = "diplo-evidence";
export const MENTION_HIGHLIGHT = "diplo-mention";

export interface AnchoredEvidence {
  readonly range: Range;
  readonly method: "position" | "quote";
}

// By local name, which is lower case in HTML and XHTML documents alike.
const skipped = new Set(["script", "style", "noscript", "template"]);
const blocks =
  /^(p|div|h[1-6]|li|ul|ol|blockquote|br|section|article|header|footer|figure|figcaption|td|th|tr|dt|dd|pre|hr|aside|main|nav|table)$/;

interface HostText {
  readonly text: string;
  /** For each character of `text`, the text node and offset it came from. */
  readonly points: readonly (readonly [Text, number])[];
}

/** The root's visible text, with a space at block boundaries so paragraphs do not run together. */
function hostText(root: Element): HostText {
  let text = "";
  const points: (readonly [Text, number])[] = [];
  let last: readonly [Text, number] | undefined;
  const separate = () => {
    if (last && !text.endsWith(" ")) {
      text += " ";
      points.push(last);
    }
  };
  const walk = (node: Node): void => {
    if (node instanceof Text) {
      for (let i = 0; i < node.data.length; i++) points.push((last = [node, i]));
      text += node.data;
      return;
    }
    if (!(node instanceof Element) || skipped.has(node.localName) || node.hasAttribute("hidden")) return;
    const block = blocks.test(node.localName);
    if (block) separate();
    for (const child of node.childNodes) walk(child);
    if (block) separate();
  };
  walk(root);
  return { text, points };
}

function toRange(host: HostText, start: number, end: number): Range | null {
  const first = host.points[start];
  const last = host.points[end - 1];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);
  return range;
}

const context = 32;

/**
 * Finds `span` (a span of `articleText`) in the text of the host page's `root`, the way web
 * annotation tools anchor: by position when the host text there reads the same (typographic
 * quotes and whitespace aside), otherwise by quote, choosing among repeated occurrences by the
 * words around the span and then by nearness to where the span should be.
 */
export function anchorEvidence(root: Element, articleText: string, span: Evidence): AnchoredEvidence | null {
  const host = hostText(root);
  const folded = normalizeForMatch(host.text);
  const article = normalizeForMatch(articleText);
  const exact = normalizeForMatch(span.text).text.trim();
  if (exact === "") return null;
  // The folded position of span.start: how many folded characters come from before it.
  let articleStart = article.offsets.filter((offset) => offset < span.start).length;
  // A whitespace run just before the span folds to a space at its start: step over it.
  if (article.text[articleStart] === " ") articleStart++;
  // A leading space on one side only (the host's indentation, say) shifts every position by one.
  const shift = Number(folded.text.startsWith(" ")) - Number(article.text.startsWith(" "));
  const toHost = (at: number) => toRange(host, folded.offsets[at] as number, (folded.offsets[at + exact.length - 1] as number) + 1);

  if (folded.text.startsWith(exact, articleStart + shift)) {
    const range = toHost(articleStart + shift);
    if (range) return { range, method: "position" };
  }
  const prefix = article.text.slice(Math.max(0, articleStart - context), articleStart);
  const suffix = article.text.slice(articleStart + exact.length, articleStart + exact.length + context);
  const expected = (articleStart / Math.max(1, article.text.length)) * folded.text.length;
  let best: { at: number; score: number } | undefined;
  for (let at = folded.text.indexOf(exact); at !== -1; at = folded.text.indexOf(exact, at + 1)) {
    // How many characters around this occurrence read as they do around the span in the article.
    let agreement = 0;
    for (let n = 1; n <= prefix.length && folded.text[at - n] === prefix[prefix.length - n]; n++) agreement++;
    for (let n = 0; n < suffix.length && folded.text[at + exact.length + n] === suffix[n]; n++) agreement++;
    const score = agreement * 1000 - Math.abs(at - expected) / Math.max(1, folded.text.length);
    if (!best || score > best.score) best = { at, score };
  }
  const range = best ? toHost(best.at) : null;
  return range ? { range, method: "quote" } : null;
}

let sheet: CSSStyleSheet | undefined;

// `::highlight()` applies only from the styles of the tree that holds the text, so the rule goes
// into that document or shadow root. A constructed stylesheet, unlike a <style> element, is
// allowed under `style-src 'self'`.
function adoptHighlightStyle(tree: Node): void {
  if (!(tree instanceof Document || tree instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${MENTION_HIGHLIGHT}){background-color:var(--diplo-mention-background,#d7e9ff);color:var(--diplo-mention-color,#1a1a1a)}
::highlight(${EVIDENCE_HIGHLIGHT}){background-color:var(--diplo-evidence-background,#ffe58f);color:var(--diplo-evidence-color,#1a1a1a)}
@media (forced-colors:active){::highlight(${MENTION_HIGHLIGHT}),::highlight(${EVIDENCE_HIGHLIGHT}){background-color:Highlight;color:HighlightText}}`);
  }
  if (!tree.adoptedStyleSheets.includes(sheet)) tree.adoptedStyleSheets = [...tree.adoptedStyleSheets, sheet];
}

/**
 * Highlights the ranges (replacing any earlier evidence highlight; none clears it), scrolls the
 * first into view and, with `focus`, moves focus to its paragraph so keyboard and screen reader
 * users land where sighted readers look. The Highlight API marks text without touching the page's
 * DOM. Returns false where it is missing; the first range is selected instead.
 */
export function revealEvidence(ranges: readonly Range[], options: { focus?: boolean; returnTo?: HTMLElement } = {}): boolean {
  const supported = highlightable();
  const [first] = ranges;
  if (!first) {
    clearEvidenceHighlight();
    return supported;
  }
  if (supported) highlight(EVIDENCE_HIGHLIGHT, ranges);
  else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(first);
  }
  const container = first.startContainer;
  let block = container instanceof Element ? container : container.parentElement;
  while (block && !blocks.test(block.localName) && block.parentElement) block = block.parentElement;
  const reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;
  block?.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
  if (options.focus && block instanceof HTMLElement) {
    if (block.tabIndex < 0 && !block.hasAttribute("tabindex")) block.setAttribute("tabindex", "-1");
    block.focus({ preventScroll: true });
    const { returnTo } = options;
    if (returnTo) {
      // Escape in the passage takes the reader back to what sent them there; leaving it otherwise ends the offer.
      const controller = new AbortController();
      const target = block;
      target.addEventListener(
        "keydown",
        (event) => {
          if (event.key !== "Escape") return;
          event.preventDefault();
          controller.abort();
          returnTo.focus();
        },
        { signal: controller.signal },
      );
      target.addEventListener("focusout", () => controller.abort(), { signal: controller.signal });
    }
  }
  return supported;
}

/**
 * Marks `item`'s evidence in `article` (looked up at the press: the page may have replaced it)
 * and moves focus there, Escape coming back to `button`. Whether any of it was found: only ranges
 * in a connected article count, so a stale or detached one never reports success.
 */
export function showInArticle(article: Element | undefined, articleText: string, item: { readonly evidence: readonly Evidence[] }, button: HTMLElement): boolean {
  const ranges = article ? item.evidence.flatMap((span) => anchorEvidence(article, articleText, span)?.range ?? []) : [];
  if (ranges.length > 0) revealEvidence(ranges, { focus: true, returnTo: button });
  return ranges.length > 0;
}

const highlightable = (): boolean => typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

function highlight(name: string, ranges: readonly Range[]): void {
  for (const range of ranges) adoptHighlightStyle(range.startContainer.getRootNode());
  CSS.highlights.set(name, new Highlight(...ranges));
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/**
 * Marks every mention of `names` in the host article (whole words, typographic quotes and
 * whitespace folded as for evidence) with the mention highlight, replacing earlier marks, and
 * returns how many there are. No names clears the marks.
 */
export function markMentions(root: Element, names: readonly string[]): number {
  if (!highlightable()) return 0;
  CSS.highlights.delete(MENTION_HIGHLIGHT);
  const wanted = [...new Set(names.map((name) => normalizeForMatch(name).text.trim()).filter(Boolean))];
  if (wanted.length === 0) return 0;
  const host = hostText(root);
  const folded = normalizeForMatch(host.text);
  const taken = new Set<number>();
  const ranges: Range[] = [];
  // Longest names first, so "Antony Blinken" is one mention, not also "Blinken".
  for (const name of wanted.sort((a, b) => b.length - a.length)) {
    for (let at = folded.text.indexOf(name); at !== -1; at = folded.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (wordCharacter.test(folded.text[at - 1] ?? "") || wordCharacter.test(folded.text[end] ?? "") || taken.has(at)) continue;
      const range = toRange(host, folded.offsets[at] as number, (folded.offsets[end - 1] as number) + 1);
      if (!range) continue;
      for (let i = at; i < end; i++) taken.add(i);
      ranges.push(range);
    }
  }
  if (ranges.length > 0) highlight(MENTION_HIGHLIGHT, ranges);
  return ranges.length;
}

/** Removes the evidence highlight, and nothing else. */
export function clearEvidenceHighlight(): void {
  if (highlightable()) CSS.highlights.delete(EVIDENCE_HIGHLIGHT);
}
