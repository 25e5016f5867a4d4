import type { Brief, Evidence } from "@diplo-brief/core";
import { findItem, type Selection } from "../model/index.js";
import { scrollBehavior } from "./dom.js";
import { sections } from "./sections.js";
import { caretIn, rangeAt, renderParagraphs, selectionIn } from "./text-offsets.js";

/** The highlights the page's stylesheet draws (`::highlight(…)` in site.css). */
const HIGHLIGHTS = {
  /** Every span any item rests on. */
  evidence: "studio-evidence",
  /** The chosen item's spans, drawn over the others. */
  selected: "studio-selected",
  /** The chosen quote's source, cue and content, underlined. */
  attribution: "studio-attribution",
} as const;

/** Every item's evidence, with the item's id. */
function spansOf(brief: Brief): { id: string; span: Evidence }[] {
  return sections.flatMap(([collection]) => brief[collection].flatMap((item): { id: string; span: Evidence }[] => item.evidence.map((span) => ({ id: item.id, span }))));
}

/**
 * The items whose evidence holds the character at `offset`, the narrowest span first: a click on a
 * name inside a quoted sentence means the name rather than the sentence.
 */
function itemsAt(brief: Brief, offset: number): string[] {
  const hits = spansOf(brief)
    .filter(({ span }) => span.start <= offset && offset < span.end)
    .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  return [...new Set(hits.map(({ id }) => id))];
}

/**
 * The article, as the editor reads and selects it. It is a read-only text box: a contenteditable
 * element whose every input is refused, so that the caret, Shift+arrow selection and a tablet's
 * selection handles all work as in any text, while the text never changes. The Custom Highlight API
 * marks the spans without touching the text nodes whose offsets the selection is read from.
 */
export class ArticlePane {
  readonly #box: HTMLElement;
  readonly #onSelect: (selection: Selection | undefined) => void;
  readonly #onChoose: (id: string) => void;
  #text = "";
  #selection: Selection | undefined;
  #brief: Brief | undefined;
  #chosen: string | undefined;

  /**
   * @param onSelect Called with the offsets of newly selected words, or undefined once nothing is selected.
   * @param onChoose Called with the item whose marked span the editor clicked, or pressed Enter in.
   * @param signal Ends the pane's listening, when the studio closes.
   */
  constructor(
    box: HTMLElement,
    onSelect: (selection: Selection | undefined) => void,
    onChoose: (id: string) => void,
    signal: AbortSignal,
  ) {
    this.#box = box;
    this.#onSelect = onSelect;
    this.#onChoose = onChoose;
    box.contentEditable = "true";
    box.spellcheck = false;
    // No on-screen keyboard on a tablet: there is nothing to type.
    box.inputMode = "none";
    box.setAttribute("role", "textbox");
    box.setAttribute("aria-readonly", "true");
    box.setAttribute("aria-multiline", "true");
    const listen = { signal };
    for (const type of ["beforeinput", "paste", "cut", "drop", "dragstart"] as const) box.addEventListener(type, (event) => event.preventDefault(), listen);
    document.addEventListener("selectionchange", () => this.#selectionChanged(), listen);
    box.addEventListener("click", () => this.#chooseAtCaret(), listen);
    box.addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          this.#chooseAtCaret();
        }
      },
      listen,
    );
  }

  /** The words selected in the article, as offsets into its text. */
  get selection(): Selection | undefined {
    return this.#selection;
  }

  /** Draws the brief's article (once per article) and marks its items' spans. */
  show(brief: Brief, chosen: string | undefined): void {
    this.#brief = brief;
    if (brief.article.text !== this.#text) {
      this.#text = brief.article.text;
      this.#box.lang = brief.article.language;
      renderParagraphs(this.#box, this.#text);
      this.#selection = undefined;
    }
    this.#chosen = chosen;
    this.#mark(brief, chosen);
  }

  /** Scrolls the article, and only the article, so the first of the spans is in view. */
  reveal(spans: readonly Evidence[]): void {
    const [first] = spans;
    const range = first && rangeAt(this.#box, first.start, first.end);
    if (!range) return;
    const box = this.#box.getBoundingClientRect();
    const top = range.getBoundingClientRect().top - box.top + this.#box.scrollTop;
    this.#box.scrollTo({ top: Math.max(0, top - this.#box.clientHeight / 3), behavior: scrollBehavior() });
  }

  /** Selects the words at offsets start–end, as if the editor had, and puts the caret there. */
  selectWords(start: number, end: number): void {
    const range = rangeAt(this.#box, start, end);
    if (!range) return;
    this.#box.focus({ preventScroll: true });
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }

  #mark(brief: Brief, chosen: string | undefined): void {
    if (!("highlights" in CSS)) return;
    const ranges = (spans: readonly Evidence[]): Range[] => spans.flatMap((span) => rangeAt(this.#box, span.start, span.end) ?? []);
    const found = chosen === undefined ? undefined : findItem(brief, chosen)?.item;
    const attribution = found && "attribution" in found ? found.attribution : undefined;
    const all = new Highlight(...ranges(spansOf(brief).map(({ span }) => span)));
    const selected = new Highlight(...ranges(found?.evidence ?? []));
    const parts = new Highlight(...ranges(attribution ? [...attribution.content, ...(attribution.cue ? [attribution.cue] : []), ...(attribution.source ?? [])] : []));
    // Later highlights are drawn over earlier ones of the same priority; the chosen item's are on top.
    selected.priority = 1;
    parts.priority = 2;
    CSS.highlights.set(HIGHLIGHTS.evidence, all);
    CSS.highlights.set(HIGHLIGHTS.selected, selected);
    CSS.highlights.set(HIGHLIGHTS.attribution, parts);
  }

  #selectionChanged(): void {
    const selection = selectionIn(this.#box);
    const next = selection && selection.end > selection.start ? selection : undefined;
    if (next?.start === this.#selection?.start && next?.end === this.#selection?.end) return;
    this.#selection = next;
    this.#onSelect(next);
  }

  /**
   * A click (or Enter) on a marked span chooses its item; again on the same place, the next item
   * marked there, so overlapping spans can all be reached.
   */
  #chooseAtCaret(): void {
    const offset = caretIn(this.#box);
    if (offset === undefined || !this.#brief) return;
    const ids = itemsAt(this.#brief, offset);
    if (ids.length === 0) return;
    const index = this.#chosen === undefined ? -1 : ids.indexOf(this.#chosen);
    this.#onChoose(ids[(index + 1) % ids.length] as string);
  }
}
