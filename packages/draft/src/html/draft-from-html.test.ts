import { readFileSync } from "node:fs";
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { DraftInputError } from "@diplo-brief/draft";
import { draftFromHtml, NoArticleError } from "@diplo-brief/draft/html";
import { DOMParser as LinkedomParser } from "linkedom";
import { afterEach, describe, expect, it } from "vitest";

// Pages are written here around articles of the gold set (Wikinews, CC BY 2.5; U.S. Department of
// State, public domain: see packages/eval/gold/SOURCES.md), read at test time. Each page wraps its
// article in what real pages carry: navigation, scripts, styles, sidebars, footers.

const gold = (name: string): string => readFileSync(new URL(`../../../eval/gold/${name}.txt`, import.meta.url), "utf8");

/** A gold article's headline, its dateline, and its body paragraphs. */
function article(name: string) {
  const [headline = "", dateline = "", ...paragraphs] = gold(name).trimEnd().split("\n\n");
  return { headline, dateline, paragraphs, body: paragraphs.join("\n\n") };
}

/** Text as HTML writes it: markup escaped, and typographic quotes and apostrophes as entities, which the page's text must decode. */
const html = (text: string): string =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("’", "&rsquo;")
    .replaceAll("‘", "&#8216;")
    .replaceAll("“", "&#x201C;")
    .replaceAll("”", "&rdquo;")
    .replaceAll('"', "&quot;");

const paragraphs = (texts: readonly string[]): string => texts.map((text) => `<p>${html(text)}</p>`).join("\n      ");

const chrome = {
  header: `<header class="site-header"><a href="/" class="logo">Example News</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>`,
  sidebar: `<aside class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Celebrity weds in secret</a></li><li><a href="/b">Ten tips for summer</a></li></ul></aside>`,
  footer: `<footer><p>© Example News. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>`,
  scripts: `<script>window.dataLayer = [{ "page": "</p><p>not text" }];</script><script src="/analytics.js"></script>
    <noscript><img src="/pixel.gif" alt="tracking"></noscript><style>p { color: #333 } .x::after { content: "not text" }</style>`,
};

const wikinews = article("north-korea-quasi-state-of-war");

/** A news page as a CMS writes it: metadata in the head, the article among site furniture. */
const newsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${html(wikinews.headline)} - Wikinews, the free news source</title>
    <meta property="og:title" content="${html(wikinews.headline)}">
    <meta property="og:site_name" content="Wikinews">
    <meta property="article:published_time" content="2015-08-21T23:30:00-05:00">
    <meta name="author" content="Wikinews contributors">
    ${chrome.scripts}
  </head>
  <body>
    ${chrome.header}
    <div class="cookie-banner">We use cookies. <button>Accept</button></div>
    <main>
      <article>
      <h1>${html(wikinews.headline)}</h1>
      <p class="dateline"><time datetime="2015-08-21">${html(wikinews.dateline)}</time></p>
      ${paragraphs(wikinews.paragraphs)}
      </article>
      ${chrome.sidebar}
    </main>
    ${chrome.footer}
  </body>
</html>`;

describe("draftFromHtml on a news page", async () => {
  const { brief, report, extracted } = await draftFromHtml(newsPage);

  it("takes the article's text out of the page, paragraph by paragraph, entities decoded", () => {
    expect(extracted.text).toBe(`${wikinews.dateline}\n\n${wikinews.body}`);
  });

  it("leaves out the navigation, sidebar, footer, scripts and styles", () => {
    for (const clutter of ["World", "Sign in", "Most read", "Celebrity", "All rights reserved", "not text", "dataLayer", "cookies"]) {
      expect(extracted.text).not.toContain(clutter);
    }
  });

  it("keeps the headline, byline, site, date and language", () => {
    expect(extracted).toMatchObject({
      title: wikinews.headline,
      byline: "Wikinews contributors",
      siteName: "Wikinews",
      published: "2015-08-21",
      language: "en",
    });
  });

  it("drafts a valid, grounded brief of that text, the byline as its source", () => {
    expect(brief.article).toMatchObject({ headline: wikinews.headline, source: "Wikinews contributors", published: "2015-08-21", language: "en", text: extracted.text });
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(report.found.quotes).toBeGreaterThan(0);
    expect(report.notes).toEqual([]);
  });
});

describe("what the options give wins over what the page says", () => {
  it("takes headline, date, source, language and url from the options, and notes the byline it did not use", async () => {
    const { brief, report, extracted } = await draftFromHtml(newsPage, {
      headline: "North Korea on alert",
      published: "2015-08-22",
      source: "Wikinews",
      language: "en-GB",
      url: "https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27",
    });
    expect(brief.article).toMatchObject({ headline: "North Korea on alert", published: "2015-08-22", source: "Wikinews", language: "en-GB" });
    expect(brief.article.url).toMatch(/^https:\/\/en\.wikinews\.org\//);
    expect(extracted.byline).toBe("Wikinews contributors");
    expect(report.notes).toEqual(["The page's byline, 'Wikinews contributors', is not the source: the source given is 'Wikinews'."]);
  });

  it("refuses an option the brief format cannot record", async () => {
    await expect(draftFromHtml(newsPage, { published: "2015-02-30" })).rejects.toThrow(DraftInputError);
  });
});

describe("dates", () => {
  const body = paragraphs(article("state-rubio-aoun").paragraphs);
  const page = (head: string, extra = "") => `<html><head>${head}</head><body><article>${extra}${body}</article></body></html>`;

  it("keeps the publisher's own day of a time with an offset, rather than the UTC day", async () => {
    const { extracted } = await draftFromHtml(page(`<meta property="article:published_time" content="2026-07-19T22:30:00-04:00">`));
    expect(extracted.published).toBe("2026-07-19");
  });

  it("reads JSON-LD, microdata, Dublin Core and <time datetime>", async () => {
    const heads = [
      [`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2026-07-19"}</script>`, ""],
      [`<meta itemprop="datePublished" content="2026-07-19">`, ""],
      [`<meta name="DC.date.issued" content="2026-07-19">`, ""],
      ["", `<p>Posted <time datetime="2026-07-19T09:00">Sunday morning</time></p>`],
    ] as const;
    for (const [head, extra] of heads) expect((await draftFromHtml(page(head, extra))).extracted.published).toBe("2026-07-19");
  });

  it("gives no date, and says why, when the page's is not a day that exists", async () => {
    for (const date of ["2026-02-30", "July 19, 2026", "2026-07-19junk"]) {
      const { brief, report, extracted } = await draftFromHtml(page(`<meta property="article:published_time" content="${date}">`));
      expect(extracted.published).toBeUndefined();
      expect(brief.article.published).toBeUndefined();
      expect(report.notes).toEqual([`The page's date, '${date}', is not a date that exists in the form YYYY-MM-DD: the brief has no publication date.`]);
    }
  });

  it("takes the first date that is a day, passing over one that is not", async () => {
    const { extracted, report } = await draftFromHtml(page(`<meta name="date" content="2026-13-01">`, `<time datetime="2026-07-19">July 19</time>`));
    expect(extracted.published).toBe("2026-07-19");
    expect(report.notes).toEqual([]);
  });
});

describe("language", () => {
  const body = `<body><article>${paragraphs(article("state-second-thomas-shoal").paragraphs)}</article></body>`;

  it("reads an underscore tag as BCP 47", async () => {
    const { brief, extracted } = await draftFromHtml(`<html lang="en_GB">${body}</html>`);
    expect([extracted.language, brief.article.language]).toEqual(["en-GB", "en-GB"]);
  });

  it("reads a page as English, and says so, when its lang is no tag", async () => {
    const { brief, report, extracted } = await draftFromHtml(`<html lang="english language">${body}</html>`);
    expect(extracted.language).toBeUndefined();
    expect(brief.article.language).toBe("en");
    expect(report.notes).toContain("The page's language, 'english language', is not a BCP 47 tag: the article is read as English.");
  });

  it("passes a language it does not draft on to the drafter, which says so", async () => {
    const { report } = await draftFromHtml(`<html lang="fr">${body}</html>`);
    expect(report.language).toEqual({ tag: "fr", supported: false });
  });
});

describe("hostile markup", () => {
  const aoun = article("state-rubio-aoun");

  it("reads a page with no <html>, <head> or <body>, its <title> as the title and not as text", async () => {
    const { extracted } = await draftFromHtml(`<title>${html(aoun.headline)}</title><meta name="date" content="2026-07-19">${paragraphs(aoun.paragraphs)}`);
    expect(extracted).toMatchObject({ title: aoun.headline, published: "2026-07-19", text: aoun.body });
  });

  it("reads a page with a head and no <body>, and a doctype with nothing else", async () => {
    const headOnly = await draftFromHtml(`<!DOCTYPE html><HTML LANG="en"><HEAD><TITLE>Readout</TITLE></HEAD>${paragraphs(aoun.paragraphs)}</HTML>`);
    expect(headOnly.extracted).toMatchObject({ title: "Readout", language: "en", text: aoun.body });
    const bare = await draftFromHtml(`<!doctype html>${paragraphs(aoun.paragraphs)}`);
    expect(bare.extracted.text).toBe(aoun.body);
  });

  it("ignores scripts, styles and templates in the article, whatever their text", async () => {
    const shoal = article("state-second-thomas-shoal");
    const [first = "", ...rest] = shoal.paragraphs;
    const page = `<html><body><article>
      <p>${html(first)}<script>document.write("<p>injected</p>")</script></p>
      <style>article::before { content: "styled" }</style><template><p>templated</p></template>
      <script type="text/template"><p>also injected</p></script>
      ${paragraphs(rest)}<svg><text>drawn</text></svg></article></body></html>`;
    const { extracted, brief } = await draftFromHtml(page);
    expect(extracted.text).toBe(shoal.body);
    expect(verifyBrief(brief).problems).toEqual([]);
  });

  it("reads an article laid out in nested tables, and a data table row by row", async () => {
    const cambodia = article("state-us-cambodia-air-transport");
    const page = `<html><body><table width="100%"><tr><td class="menu"><a href="/">Home</a></td><td>
      <table><tr><td><table><tr><td>
        ${paragraphs(cambodia.paragraphs)}
        <table class="data"><tr><th>Route</th><th>Flights</th></tr><tr><td>Phnom Penh</td><td>12</td></tr></table>
      </td></tr></table></td></tr></table>
      </td></tr></table></body></html>`;
    const { extracted } = await draftFromHtml(page);
    expect(extracted.text).toBe(`${cambodia.body}\n\nRoute Flights\nPhnom Penh 12`);
  });

  it("reads a page nested deeper than browsers nest, paragraph by paragraph, as they lay it out", async () => {
    // Thousands of unclosed tags, as old hand-written pages have: parsed as written, Readability
    // would take minutes over it.
    const shoal = article("state-second-thomas-shoal");
    const { extracted } = await draftFromHtml(`<html><body><article>${"<div><font>".repeat(2500)}${paragraphs(shoal.paragraphs)}</article></body></html>`);
    expect(extracted.text).toBe(shoal.body);
  });

  it("decodes named, decimal and hexadecimal entities, keeps a no-break space and an unknown entity as written", async () => {
    const aounText = paragraphs(aoun.paragraphs);
    const { extracted } = await draftFromHtml(
      `<html><body><article>${aounText}<p>Tariffs &amp; trade: &lt;b&gt;not bold&lt;/b&gt;, 5&nbsp;km, &#169; &#xA9; &bogus; &amp;amp;</p></article></body></html>`,
    );
    expect(extracted.text.split("\n\n").at(-1)).toBe("Tariffs & trade: <b>not bold</b>, 5\u00a0km, © © &bogus; &amp;");
  });

  it("breaks lines at <br>, paragraphs at headings, list items and quotations, and collapses white space", async () => {
    const [first = "", second = ""] = article("afghan-robotics-team-visas").paragraphs;
    const page = `<html><body><article>
      <h2>The team</h2><p>${html(first)}</p>
      <ul><li>Kabul</li>
      <li>Herat</li></ul>
      <blockquote>${html(second)}</blockquote>
      <p>Line one<br>Line   two<br/>
         Line three</p><p>  </p><p>&nbsp;</p>
      <div>Un<b>broken</b> <i>words</i></div>
      </article></body></html>`;
    const { extracted } = await draftFromHtml(page);
    expect(extracted.text).toBe(`The team\n\n${first}\n\nKabul\n\nHerat\n\n${second}\n\nLine one\nLine two\nLine three\n\nUnbroken words`);
  });
});

describe("a page with no article", () => {
  it.each([
    ["an empty page", ""],
    ["an application shell", `<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>`],
    ["a page of scripts and styles", `<html><body><script>alert("text?")</script><style>body{}</style><noscript>Enable JavaScript</noscript></body></html>`],
    ["a page of navigation", `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`],
    ["white space and invisible characters", `<html><body><p> \u00a0\u200b </p></body></html>`],
  ])("refuses %s with a NoArticleError", async (_, page) => {
    const failure = draftFromHtml(page);
    await expect(failure).rejects.toThrow(NoArticleError);
    await expect(failure).rejects.toThrow("The page has no article: no text a reader would read was found in it.");
  });

  it("refuses HTML that is not a string", async () => {
    await expect(draftFromHtml(undefined as unknown as string)).rejects.toThrow(DraftInputError);
  });
});

describe("the parser", () => {
  const original = globalThis.DOMParser;
  afterEach(() => {
    globalThis.DOMParser = original;
  });

  it("uses the platform's DOMParser where there is one, as in a browser", async () => {
    const parsed: string[] = [];
    globalThis.DOMParser = class {
      parseFromString(source: string, type: DOMParserSupportedType): Document {
        parsed.push(type);
        return new LinkedomParser().parseFromString(source, "text/html") as unknown as Document;
      }
    } as unknown as typeof DOMParser;
    const { extracted } = await draftFromHtml(newsPage);
    expect(parsed).toEqual(["text/html"]);
    expect(extracted.title).toBe(wikinews.headline);
  });

  it("uses the parse option before anything else", async () => {
    const seen: string[] = [];
    const { extracted } = await draftFromHtml("<p>ignored</p>", {
      parse: (source) => {
        seen.push(source);
        return new LinkedomParser().parseFromString(newsPage, "text/html") as unknown as Document;
      },
    });
    expect(seen).toEqual(["<p>ignored</p>"]);
    expect(extracted.published).toBe("2015-08-21");
  });
});
