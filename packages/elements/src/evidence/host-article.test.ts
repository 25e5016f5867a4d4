import { type Evidence, findAllTolerant, normalizeForMatch } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commands } from "vitest/browser";
import { anchorEvidence, clearEvidenceHighlight, EVIDENCE_HIGHLIGHT, revealEvidence } from "./host-article.js";

const article = blinkenBeijing.article.text;
const fold = (text: string) => normalizeForMatch(text).text.trim();

// The article's paragraphs, split on blank lines (0 the dateline, 1 the headline), and where each starts.
const paragraphs = article.split(/\n\s*\n/);
const paragraphStarts = [0, ...[...article.matchAll(/\n\s*\n/g)].map((match) => match.index + match[0].length)];
const paragraphOf = (offset: number) => paragraphStarts.filter((start) => start <= offset).length - 1;

/** The first occurrence of `text` in the article, as an evidence span. */
const spanOf = (text: string): Evidence => {
  const [found] = findAllTolerant(article, text);
  if (!found) throw new Error(`"${text}" is not in the article`);
  return { ...found, text: article.slice(found.start, found.end) };
};

const { entities, issues, quotes, events } = blinkenBeijing;
const seedSpans = [entities, issues, quotes, events].flatMap((items) => items.flatMap((item) => item.evidence));

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

interface HostOptions {
  /** Keep the dateline, leave it out, or put a long editor's note before it: positions shift. */
  readonly dateline?: "keep" | "omit" | "note";
  /** Rewrites the HTML of paragraph `index` (an index into `paragraphs`). */
  readonly edit?: (html: string, index: number) => string;
  /** Paragraphs the host page leaves out. */
  readonly omit?: readonly number[];
}

const editorsNote = "Sign up for our newsletter to get the day's top stories in your inbox. ".repeat(16);

/** The article as a news site would publish it, below a spacer taller than the viewport. */
function hostArticle({ dateline = "keep", edit = (html) => html, omit = [] }: HostOptions = {}): HTMLElement {
  const blocks = paragraphs.map((text, index) => {
    if (omit.includes(index) || (index === 0 && dateline === "omit")) return "";
    const html = edit(escapeHtml(text.trim()), index);
    return index === 1 ? `<h1 data-paragraph="1">${html}</h1>` : `<p data-paragraph="${index}">${html}</p>`;
  });
  if (dateline === "note") blocks.unshift(`<aside><p>${editorsNote}</p></aside>`);
  return mount(`<div style="height: 3000px"></div>
    <article>
      ${blocks.join("\n      ")}
    </article>`).querySelector("article") as HTMLElement;
}

// Differences a real page has from the article text: markup around names, re-wrapped lines,
// plain spaces for NBSPs, straight quotes for curly ones.
const reworked = (html: string, index: number) => {
  let out = html
    .replaceAll("Qin Gang", '<a href="https://example.com/qin-gang">Qin Gang</a>')
    .replaceAll("Hua Chunying", "<em>Hua Chunying</em>")
    .replaceAll("Janet Yellen", "<b>Janet Yellen</b>")
    .replaceAll("Xi Jinping", '<a href="https://example.com/xi-jinping"><em>Xi</em> Jinping</a>');
  if (index % 2 === 1) out = out.replaceAll("\u00a0", " ");
  if (index % 3 === 0) out = out.replaceAll(", ", ",\n          ");
  if (index % 4 === 0) out = out.replace(/[\u201c\u201d]/g, '"').replaceAll("\u2019", "'");
  return out;
};

function mount(markup: string): HTMLElement {
  const container = document.createElement("div");
  container.dataset.testContainer = "";
  container.innerHTML = markup;
  document.body.append(container);
  return container;
}

const inViewport = (range: Range) => {
  const box = range.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
};

const paragraphOfRange = (range: Range) => {
  const start = range.startContainer;
  return (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>("[data-paragraph]");
};

const evidenceSheets = (root: Document | ShadowRoot) =>
  root.adoptedStyleSheets.filter((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes(`::highlight(${EVIDENCE_HIGHLIGHT})`)),
  );

afterEach(async () => {
  for (const container of document.querySelectorAll("[data-test-container]")) container.remove();
  clearEvidenceHighlight();
  CSS.highlights.delete("page-own");
  getSelection()?.removeAllRanges();
  vi.unstubAllGlobals();
  window.scrollTo(0, 0);
  await commands.emulateMedia({ reducedMotion: null, forcedColors: null });
});

describe("anchorEvidence", () => {
  it("anchors by position where the host page reads as the article", () => {
    const root = hostArticle();
    const span = spanOf("Chinese Foreign Minister Qin Gang");
    const anchored = anchorEvidence(root, article, span);
    expect(anchored?.method).toBe("position");
    expect(anchored?.range.toString()).toBe(span.text);
    expect(paragraphOfRange(anchored!.range)?.dataset.paragraph).toBe("4");
    // A span that takes in the blank line before it still starts where its words do.
    const padded = anchorEvidence(root, article, { ...span, start: span.start - 2, text: `\n\n${span.text}` });
    expect(padded?.method).toBe("position");
    expect(padded?.range.toString()).toBe(span.text);
  });

  it.each([
    ["the dateline is left out", "omit"],
    ["a long editor's note comes before the dateline", "note"],
  ] as const)("falls back to the quote when %s", (_, dateline) => {
    const root = hostArticle({ dateline });
    const span = spanOf("dim prospects for any breakthrough");
    const anchored = anchorEvidence(root, article, span);
    expect(anchored?.method).toBe("quote");
    expect(anchored?.range.toString()).toBe(span.text);
  });

  it("finds spans that cross inline markup", () => {
    const root = hostArticle({ edit: reworked });
    for (const [text, tag] of [
      ["Chinese Foreign Minister Qin Gang greeted Blinken", "A"],
      ["minister Hua Chunying, who is attending", "EM"],
      ["Treasury Secretary Janet Yellen and Commerce", "B"],
      ["possibly President Xi Jinping", "EM"],
    ] as const) {
      const anchored = anchorEvidence(root, article, spanOf(text));
      expect(anchored, text).not.toBeNull();
      expect(anchored!.range.toString()).toBe(text);
      expect(anchored!.range.cloneContents().querySelector(tag), text).not.toBeNull();
    }
  });

  it("takes plain spaces for the article's NBSPs, and NBSPs for its spaces", () => {
    const span = spanOf("the Indonesian island of\u00a0Bali");
    const anchored = anchorEvidence(hostArticle({ edit: reworked }), article, span);
    expect(anchored?.range.toString()).toBe("the Indonesian island of Bali");

    const root = mount("<p>the Indonesian\u00a0island of\u00a0Bali</p>");
    const plain = "the Indonesian island of Bali";
    expect(anchorEvidence(root, plain, { start: 0, end: plain.length, text: plain })?.range.toString()).toBe(
      "the Indonesian\u00a0island of\u00a0Bali",
    );
  });

  it("takes re-wrapped lines and straight quotes for the article's text", () => {
    const root = hostArticle({ edit: reworked });
    const rewrapped = anchorEvidence(root, article, spanOf("U.S. airspace, Blinken is the highest-ranking"));
    expect(rewrapped?.range.toString()).toBe("U.S. airspace,\n          Blinken is the highest-ranking");
    const quoted = anchorEvidence(root, article, spanOf("“I’m hoping that, over the next several months"));
    expect(quoted?.range.toString()).toBe('"I\'m hoping that,\n          over the next several months');
  });

  it.each(["U.S. officials", "Blinken", "Beijing"])(
    'anchors each occurrence of "%s" to its own place by context, even far from its position',
    (phrase) => {
      const root = hostArticle({ dateline: "note", edit: reworked });
      const occurrences = findAllTolerant(article, phrase);
      expect(occurrences.length).toBeGreaterThan(2);
      const ranges = occurrences.map(({ start, end }, i) => {
        const anchored = anchorEvidence(root, article, { start, end, text: article.slice(start, end) });
        expect(anchored?.method, `occurrence ${i}`).toBe("quote");
        expect(paragraphOfRange(anchored!.range)?.dataset.paragraph, `occurrence ${i}`).toBe(String(paragraphOf(start)));
        return anchored!.range;
      });
      // As many in the host as in the article, each taken once and in order: each is its own.
      expect(findAllTolerant(root.textContent ?? "", phrase)).toHaveLength(occurrences.length);
      for (let i = 1; i < ranges.length; i++) {
        expect(ranges[i - 1]!.compareBoundaryPoints(Range.START_TO_START, ranges[i]!)).toBe(-1);
      }
    },
  );

  it("tells occurrences apart by the words after them as well as before", () => {
    const lead = "The spokesman, asked once again, said only this: ";
    const text = `${lead}Blinken left. ${lead}Blinken stayed. ${lead}Nothing more.`;
    // The host swaps the two sentences and shifts them, so neither position nor nearness helps.
    const root = mount(`<p>Update: ${lead}Blinken stayed. ${lead}Blinken left. ${lead}Nothing more.</p>`);
    const left = anchorEvidence(root, text, { start: lead.length, end: lead.length + 7, text: "Blinken" });
    expect(left?.method).toBe("quote");
    expect(left?.range.startOffset).toBe(8 + 2 * lead.length + 16);
  });

  it("among occurrences whose contexts agree alike, takes the one nearest the span's place in proportion", () => {
    const sentence = "Blinken said. ";
    // The host holds an abridged version: half as many sentences, shifted.
    const text = sentence.repeat(20);
    const root = mount(`<p>Now: ${sentence.repeat(10)}</p>`);
    const node = root.querySelector("p")!.firstChild;
    for (const [k, expected] of [[8, 4], [10, 5], [12, 6]] as const) {
      const start = sentence.length * k;
      const anchored = anchorEvidence(root, text, { start, end: start + 13, text: "Blinken said." });
      expect(anchored?.method).toBe("quote");
      expect(anchored?.range.startContainer).toBe(node);
      expect(anchored?.range.startOffset, `occurrence ${k}`).toBe(5 + sentence.length * expected);
    }
  });

  it("returns null for a span the host page does not hold", () => {
    const root = hostArticle({ omit: [19] });
    expect(anchorEvidence(root, article, { start: 0, end: 22, text: "Blinken visited Moscow" })).toBeNull();
    expect(anchorEvidence(root, article, spanOf("Particularly alarming for China’s neighbours"))).toBeNull();
  });

  it("reads block boundaries as spaces and skips unrendered and hidden text", () => {
    const root = mount(`<div>
      <p>alpha</p><script>beta()</script><style>p{}</style><noscript>no</noscript><template>tpl</template><p hidden>gamma</p><p>delta<br>epsilon</p>
    </div>`);
    const text = "alpha\n\ndelta\nepsilon";
    const anchored = anchorEvidence(root, text, { start: 0, end: text.length, text });
    expect(anchored?.method).toBe("position");
    // A range's own text keeps what is skipped in between; its ends are what was anchored.
    expect(anchored?.range.startContainer.textContent).toBe("alpha");
    expect(anchored?.range.startOffset).toBe(0);
    expect(anchored?.range.endContainer.textContent).toBe("epsilon");
    expect(anchored?.range.endOffset).toBe(7);
    for (const hidden of ["beta", "gamma", "no", "tpl"]) {
      expect(anchorEvidence(root, hidden, { start: 0, end: hidden.length, text: hidden }), hidden).toBeNull();
    }
  });

  it("never throws on odd input", () => {
    const empty = mount("<article></article>");
    const end = article.length;
    expect(anchorEvidence(empty, article, spanOf("Blinken"))).toBeNull();
    const root = hostArticle();
    expect(anchorEvidence(root, article, { start: end, end, text: "" })).toBeNull();
    expect(anchorEvidence(root, article, { start: 0, end: 3, text: " \n\u00a0" })).toBeNull();
    expect(anchorEvidence(root, "", spanOf("Reuters"))?.range.toString()).toBe("Reuters");
    // Offsets past the end still leave the quote to find.
    expect(anchorEvidence(root, article, { start: end + 10, end: end + 17, text: "Reuters" })?.method).toBe("quote");
    expect(anchorEvidence(root, article, spanOf("Reuters"))?.method).toBe("position");
  });

  it("anchors every evidence span of the seed brief, by position on the article as published", () => {
    const root = hostArticle();
    expect(seedSpans.length).toBeGreaterThan(50);
    for (const span of seedSpans) {
      const anchored = anchorEvidence(root, article, span);
      expect(anchored?.method, span.text).toBe("position");
      expect(fold(anchored!.range.toString()), span.text).toBe(fold(span.text));
    }
  });

  it("anchors every evidence span of the seed brief in its own paragraph of a reworked page", () => {
    const root = hostArticle({ dateline: "note", edit: reworked });
    for (const span of seedSpans) {
      const anchored = anchorEvidence(root, article, span);
      expect(anchored, span.text).not.toBeNull();
      expect(fold(anchored!.range.toString()), span.text).toBe(fold(span.text));
      expect(paragraphOfRange(anchored!.range)?.dataset.paragraph, span.text).toBe(String(paragraphOf(span.start)));
    }
  });
});

describe("revealEvidence and clearEvidenceHighlight", () => {
  const anchorIn = (root: Element, text: string) => anchorEvidence(root, article, spanOf(text))!.range;

  it("highlights the range and scrolls it into view at once with reduced motion", async () => {
    await commands.emulateMedia({ reducedMotion: "reduce" });
    const range = anchorIn(hostArticle(), "one U.S. official said");
    expect(inViewport(range)).toBe(false);
    expect(revealEvidence([range])).toBe(true);
    expect(CSS.highlights.get(EVIDENCE_HIGHLIGHT)?.has(range)).toBe(true);
    expect(inViewport(range)).toBe(true);
  });

  it("scrolls smoothly without reduced motion", async () => {
    await commands.emulateMedia({ reducedMotion: "no-preference" });
    const range = anchorIn(hostArticle(), "one U.S. official said");
    revealEvidence([range]);
    expect(inViewport(range)).toBe(false);
    await expect.poll(() => inViewport(range), { timeout: 5000 }).toBe(true);
  });

  it("replaces the previous evidence highlight", () => {
    const root = hostArticle();
    const first = anchorIn(root, "Qin Gang");
    const second = [anchorIn(root, "Hua Chunying"), anchorIn(root, "Wang Yi")];
    revealEvidence([first]);
    revealEvidence(second);
    const highlight = CSS.highlights.get(EVIDENCE_HIGHLIGHT);
    expect([...(highlight ?? [])]).toEqual(second);
    revealEvidence([]);
    expect(CSS.highlights.has(EVIDENCE_HIGHLIGHT)).toBe(false);
  });

  it("moves focus to the paragraph only when asked, keeping a focusable element's tabindex", () => {
    const root = hostArticle({ edit: reworked });
    const range = anchorIn(root, "Chinese assistant foreign minister Hua Chunying");
    const paragraph = root.querySelector<HTMLElement>('[data-paragraph="7"]')!;
    revealEvidence([range]);
    expect(document.activeElement).toBe(document.body);
    expect(paragraph.hasAttribute("tabindex")).toBe(false);

    revealEvidence([range], { focus: true });
    expect(document.activeElement).toBe(paragraph);
    expect(paragraph.getAttribute("tabindex")).toBe("-1");

    const other = root.querySelector<HTMLElement>('[data-paragraph="8"]')!;
    other.tabIndex = 0;
    revealEvidence([anchorIn(root, "China’s top diplomat Wang Yi")], { focus: true });
    expect(document.activeElement).toBe(other);
    expect(other.getAttribute("tabindex")).toBe("0");
  });

  it("clears the evidence highlight and nothing else", () => {
    const root = hostArticle();
    CSS.highlights.set("page-own", new Highlight(anchorIn(root, "Wang Yi")));
    revealEvidence([anchorIn(root, "Qin Gang")]);
    clearEvidenceHighlight();
    expect(CSS.highlights.has(EVIDENCE_HIGHLIGHT)).toBe(false);
    expect(CSS.highlights.has("page-own")).toBe(true);
  });

  it("adds its ::highlight() rule once, as an adopted stylesheet, not a <style> element", async () => {
    const root = hostArticle();
    const styles = document.querySelectorAll("style").length;
    revealEvidence([anchorIn(root, "Qin Gang")]);
    revealEvidence([anchorIn(root, "Wang Yi")]);
    expect(evidenceSheets(document)).toHaveLength(1);
    expect(document.querySelectorAll("style")).toHaveLength(styles);
    const paragraph = root.querySelector('[data-paragraph="8"]')!;
    const highlight = () => getComputedStyle(paragraph, `::highlight(${EVIDENCE_HIGHLIGHT})`);
    expect([highlight().backgroundColor, highlight().color]).toEqual(["rgb(255, 229, 143)", "rgb(26, 26, 26)"]);
    root.style.setProperty("--diplo-evidence-background", "rgb(1, 2, 3)");
    expect(highlight().backgroundColor).toBe("rgb(1, 2, 3)");
    await commands.emulateMedia({ forcedColors: "active" });
    // Forced colours: the reader's own selection colours, whatever the page asked for.
    const probe = mount('<p style="background-color: Highlight; color: HighlightText">probe</p>').firstElementChild!;
    const system = getComputedStyle(probe);
    expect([highlight().backgroundColor, highlight().color]).toEqual([system.backgroundColor, system.color]);
  });

  it("gives the highlight WCAG AA contrast", () => {
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map((c) => {
        const s = Number(c) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const root = hostArticle();
    revealEvidence([anchorIn(root, "Qin Gang")]);
    const style = getComputedStyle(root.querySelector("p")!, `::highlight(${EVIDENCE_HIGHLIGHT})`);
    const [light, dark] = [luminance(style.backgroundColor), luminance(style.color)].sort((a, b) => b - a);
    expect((light! + 0.05) / (dark! + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it("puts the rule into the shadow root that holds the text", () => {
    const host = mount("<div></div>").firstElementChild!;
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = "<article><p>Blinken met <em>Qin Gang</em> in Beijing.</p></article>";
    const text = "Blinken met Qin Gang in Beijing.";
    const anchored = anchorEvidence(shadow.querySelector("article")!, text, { start: 12, end: 20, text: "Qin Gang" });
    expect(revealEvidence([anchored!.range])).toBe(true);
    expect(evidenceSheets(shadow)).toHaveLength(1);
    expect(CSS.highlights.get(EVIDENCE_HIGHLIGHT)?.has(anchored!.range)).toBe(true);
  });

  it("does not throw for a range outside the page, or for none", () => {
    const detached = document.createElement("p");
    detached.textContent = "Blinken";
    const range = anchorEvidence(detached, "Blinken", { start: 0, end: 7, text: "Blinken" })?.range;
    expect(range).toBeDefined();
    expect(revealEvidence([range!], { focus: true })).toBe(true);
    expect(revealEvidence([document.createRange()], { focus: true })).toBe(true);
    expect(revealEvidence([])).toBe(true);
  });

  it("selects the range where the Custom Highlight API is missing", () => {
    const range = anchorIn(hostArticle(), "Qin Gang");
    vi.stubGlobal("Highlight", undefined);
    expect(revealEvidence([range], { focus: true })).toBe(false);
    expect(getSelection()?.toString()).toBe("Qin Gang");
    expect(CSS.highlights.has(EVIDENCE_HIGHLIGHT)).toBe(false);
  });
});
