import type { Brief } from "@diplo-brief/core";
import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "vitest/browser";
import { cleanup, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ colorScheme: null, reducedMotion: null, forcedColors: null });
});

// axe measures skipped content wrongly (dequelabs/axe-core#2768): with the cards'
// content-visibility on, it reports the seed's Wang Yi button as 17 px from a button 38 px away.
// So axe runs with it off, through the parts a page can style, and the test below shows that
// content-visibility moves nothing.
const allVisible = "diplo-brief::part(card) { content-visibility: visible; }";

function withStyle<T>(css: string, run: () => Promise<T>): Promise<T> {
  const style = document.head.appendChild(document.createElement("style"));
  style.textContent = css;
  return run().finally(() => style.remove());
}

/** Where every control on screen is. */
function controlBoxes(element: Element): string[] {
  return deepQueryAll(element, "button, a").flatMap((control) => {
    const box = control.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight ? [`${control.localName} ${box.x},${box.y} ${box.width}×${box.height}`] : [];
  });
}

async function violations(element: Element): Promise<string[]> {
  const results = await withStyle(allVisible, () => axe.run(element, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    // The page around the element is the test runner's, not ours.
    rules: { region: { enabled: false }, "page-has-heading-one": { enabled: false }, "landmark-one-main": { enabled: false } },
  }));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
}

async function render(attributes: string, brief: unknown = seed()): Promise<DiploBrief> {
  const element = mount<DiploBrief>(`<diplo-brief ${attributes}></diplo-brief>`);
  element.brief = brief as Brief;
  await settled(element);
  return element;
}

describe("<diplo-brief> accessibility (axe-core in Chromium)", () => {
  it.each([
    ["the light theme", 'theme="light"'],
    ["the dark theme", 'theme="dark"'],
    ["the compact layout", 'layout="compact"'],
  ])("reports no violations in %s", async (_, attributes) => {
    const element = await render(attributes);
    expect(await violations(element)).toEqual([]);
  });

  it("reports no violations in dark mode from prefers-color-scheme", async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    const element = await render("");
    expect(getComputedStyle(deepQuery(element, '[part~="base"]') as Element).backgroundColor).toBe("rgb(21, 24, 28)");
    expect(await violations(element)).toEqual([]);
  });

  it("reports no violations with an entity chosen and evidence shown", async () => {
    const element = await render('selected="joe-biden"');
    for (const button of deepQueryAll<HTMLButtonElement>(element, '[part~="evidence-button"]').slice(0, 3)) button.click();
    await settled(element);
    expect(await violations(element)).toEqual([]);
  });

  it.each(["light", "dark"])("reports no violations with the notice of an unreviewed draft (%s)", async (theme) => {
    const drafted = { ...seed(), schemaVersion: "1.1", provenance: { method: "drafted", by: "@diplo-brief/draft 0.2.0", reviewed: false } };
    const element = await render(`theme="${theme}"`, drafted);
    expect(deepQuery(element, '[part~="notice"]')?.textContent).toMatch(/^Drafted by a program/);
    expect(await violations(element)).toEqual([]);
  });

  it.each(["light", "dark"])("reports no violations in the error state (%s)", async (theme) => {
    const element = await render(`theme="${theme}"`, { schemaVersion: "1.0", entities: "none" });
    expect(deepQuery(element, '[part~="error"]')).toBeDefined();
    expect(await violations(element)).toEqual([]);
  });

  // Off screen, content-visibility lays cards out at an estimated height until they come near.
  it("lays out every control on screen in the same place with the cards' content-visibility on and off", async () => {
    const element = await render("");
    // Which cards are on screen is settled in the next rendering step, before anything is painted;
    // a layout forced earlier sees placeholders of contain-intrinsic-size.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const on = controlBoxes(element);
    const off = await withStyle(allVisible, async () => controlBoxes(element));
    // The contents and the first cards' controls: few, since each list is one tab stop and the
    // names to choose wait behind their disclosure.
    expect(on.length).toBeGreaterThan(5);
    expect(on).toEqual(off);
    expect(getComputedStyle(deepQuery(element, ".issues .card") as Element).contentVisibility).toBe("auto");
  });

  it("labels the region and uses real headings and lists", async () => {
    const element = await render('heading-level="3"');
    const region = deepQuery(element, '[part~="base"]') as HTMLElement;
    expect(region.tagName).toBe("SECTION");
    expect(region.getAttribute("aria-label")).toMatch(/^Brief: Blinken in China/);
    expect(deepQuery(element, "h3")?.textContent).toBe(seed().article.headline);
    expect(deepQueryAll(element, '[part~="section-heading"]').map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      `H4 Key players ${seed().entities.length}`,
      "H4 Issues",
      "H4 Quotes",
      "H4 Timeline",
    ]);
    expect(deepQueryAll(element, "ul.grid").length).toBeGreaterThanOrEqual(3);
    expect(deepQuery(element, "ol")).toBeDefined();
  });

  it("shows a visible focus ring on every control", async () => {
    const element = await render("");
    const button = deepQuery<HTMLButtonElement>(element, '[part~="evidence-button"]') as HTMLButtonElement;
    button.focus();
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe("solid");
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it("respects forced colours", async () => {
    await commands.emulateMedia({ forcedColors: "active" });
    const element = await render("");
    const card = deepQuery(element, ".issues .card") as Element;
    expect(getComputedStyle(card).borderTopColor).toBe(getComputedStyle(document.body).color);
  });
});

describe("<diplo-brief> outline", () => {
  it("starts its sections at its own heading level when the header is not shown", async () => {
    const element = await render('heading-level="3" sections="issues quotes"');
    expect(deepQueryAll(element, '[part~="section-heading"]').map((h) => h.tagName)).toEqual(["H3", "H3"]);
    expect(deepQuery(element, '.issues [part~="title"]')?.tagName).toBe("H4");
  });

  it("takes its region's name from the label attribute, so several briefs on a page stay apart", async () => {
    const element = await render('label="The brief, dark theme"');
    expect(deepQuery(element, '[part~="base"]')?.getAttribute("aria-label")).toBe("The brief, dark theme");
  });
});
