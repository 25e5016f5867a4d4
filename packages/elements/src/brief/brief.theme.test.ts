import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { commands, page } from "vitest/browser";
import { actionOf, cleanup, deepQuery, deepQueryAll, deepText, mount, seed, settled } from "../testing/dom.js";

afterEach(async () => {
  cleanup();
  await commands.emulateMedia({ colorScheme: null });
});

async function render(markup: string): Promise<DiploBrief> {
  const host = mount(markup);
  const element = (host.matches("diplo-brief") ? host : host.querySelector("diplo-brief")) as DiploBrief;
  element.brief = seed();
  await settled(element);
  return element;
}

const background = (element: Element, selector: string) => getComputedStyle(deepQuery(element, selector) as Element).backgroundColor;


// The tokens' light and dark values (tokens.styles.ts).
const light = { background: "rgb(255, 255, 255)", surface: "rgb(244, 246, 248)" };
const dark = { background: "rgb(21, 24, 28)", surface: "rgb(31, 36, 42)" };

describe("<diplo-brief> look", () => {
  it("has light and dark themes from the theme attribute, reflected both ways, its cards included", async () => {
    const element = await render('<diplo-brief theme="light"></diplo-brief>');
    expect(background(element, '[part~="base"]')).toBe(light.background);
    expect(background(element, "section.issues .card")).toBe(light.surface);
    element.theme = "dark";
    await settled(element);
    expect(element.getAttribute("theme")).toBe("dark");
    expect(getComputedStyle(element).colorScheme).toBe("dark");
    expect(background(element, '[part~="base"]')).toBe(dark.background);
    // Every card is drawn in the brief's own shadow root, so it follows the brief's theme.
    expect(background(element, "section.issues .card")).toBe(dark.surface);
    expect(background(element, "section.quotes .card")).toBe(dark.surface);
    element.setAttribute("theme", "light");
    await settled(element);
    expect(element.theme).toBe("light");
    expect(background(element, "section.timeline .card")).toBe(light.surface);
  });

  it("follows the reader's colour scheme unless a theme is set", async () => {
    await commands.emulateMedia({ colorScheme: "dark" });
    const auto = await render("<diplo-brief></diplo-brief>");
    expect(getComputedStyle(auto).colorScheme).toBe("light dark");
    expect(background(auto, '[part~="base"]')).toBe(dark.background);
    expect(background(auto, "section.quotes .card")).toBe(dark.surface);
    const forced = await render('<diplo-brief theme="light"></diplo-brief>');
    expect(background(forced, '[part~="base"]')).toBe(light.background);

    await commands.emulateMedia({ colorScheme: "light" });
    expect(background(auto, '[part~="base"]')).toBe(light.background);
    const forcedDark = await render('<diplo-brief theme="dark"></diplo-brief>');
    expect(background(forcedDark, '[part~="base"]')).toBe(dark.background);
  });

  it("takes --diplo-* custom properties from the page", async () => {
    const element = await render(
      '<div style="--diplo-color-background: rgb(1, 2, 3); --diplo-color-surface: rgb(4, 5, 6)"><diplo-brief theme="dark"></diplo-brief></div>',
    );
    // The page's values win over either theme's.
    expect(background(element, '[part~="base"]')).toBe("rgb(1, 2, 3)");
    expect(background(element, "section.issues .card")).toBe("rgb(4, 5, 6)");
  });

  it("exposes its parts to ::part() styling, the cards' pieces included", async () => {
    const style = document.createElement("style");
    style.textContent = [
      "diplo-brief::part(headline) { color: rgb(200, 0, 0) }",
      "diplo-brief::part(title) { color: rgb(0, 100, 0) }",
      "diplo-brief::part(evidence-button) { color: rgb(0, 0, 150) }",
      "diplo-brief::part(axis) { border-inline-start-color: rgb(1, 1, 1) }",
    ].join("\n");
    document.head.append(style);
    try {
      const element = await render("<diplo-brief></diplo-brief>");
      expect(getComputedStyle(deepQuery(element, '[part~="headline"]') as Element).color).toBe("rgb(200, 0, 0)");
      const issueTitle = deepQuery(element, 'section.issues .card [part~="title"]') as Element;
      expect(getComputedStyle(issueTitle).color).toBe("rgb(0, 100, 0)");
      const quoteTitle = deepQuery(element, 'section.quotes .card [part~="title"]') as Element;
      expect(getComputedStyle(quoteTitle).color).toBe("rgb(0, 100, 0)");
      const button = deepQuery(element, 'section.timeline [part~="evidence-button"]') as Element;
      expect(getComputedStyle(button).color).toBe("rgb(0, 0, 150)");
      expect(getComputedStyle(deepQuery(element, '[part~="axis"]') as Element).borderLeftColor).toBe("rgb(1, 1, 1)");
    } finally {
      style.remove();
    }
  });

  it("lays out from a 280 px column to a wide page", async () => {
    const narrow = await render('<div style="width: 280px"><diplo-brief></diplo-brief></div>');
    const middle = await render('<div style="width: 700px"><diplo-brief></diplo-brief></div>');
    const wide = await render('<div style="width: 1100px"><diplo-brief></diplo-brief></div>');
    const columns = (element: Element, section: string) =>
      getComputedStyle(deepQuery(element, `section.${section} .grid`) as Element).gridTemplateColumns.split(" ").length;
    expect([columns(narrow, "issues"), columns(narrow, "quotes")]).toEqual([1, 1]);
    expect([columns(middle, "issues"), columns(middle, "quotes")]).toEqual([2, 2]);
    expect([columns(wide, "issues"), columns(wide, "quotes")]).toEqual([3, 2]);
    // Nothing overflows the narrow column.
    expect((deepQuery(narrow, '[part~="base"]') as HTMLElement).scrollWidth).toBeLessThanOrEqual(280);
    const compact = await render('<div style="width: 1100px"><diplo-brief layout="compact"></diplo-brief></div>');
    expect([columns(compact, "issues"), columns(compact, "quotes")]).toEqual([1, 1]);
  });

  it("works right to left: the timeline's axis runs down the right side", async () => {
    const element = await render('<div dir="rtl" lang="ar"><diplo-brief sections="timeline"></diplo-brief></div>');
    const style = getComputedStyle(deepQuery(element, 'ol[part~="axis"]') as Element);
    expect(style.borderRightWidth).toBe("2px");
    expect(style.borderLeftWidth).toBe("0px");
  });
});

describe("<diplo-brief> words", () => {
  it("replaces any UI string through the strings property", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    element.strings = {
      sectionPlayers: "Acteurs clés",
      showSource: "Voir la source",
      statusPostponed: "Reporté",
      categoryDiplomacy: "Diplomatie",
      dated: "Par date",
    };
    await settled(element);
    const text = deepText(element);
    expect(text).toContain("Acteurs clés");
    expect(text).not.toContain("Key players");
    // Every evidence control, in every section, says it in the new words.
    const buttons = deepQueryAll(element, '[part~="evidence-button"]');
    expect(buttons.length).toBe(seed().issues.length + seed().quotes.length + seed().events.length);
    expect(new Set(buttons.map(actionOf))).toEqual(new Set(["Voir la source"]));
    expect(text).toContain("Reporté");
    expect(text).not.toContain("Postponed");
    expect(deepQueryAll(element, 'section.issues [part~="badge"]').map((badge) => badge.textContent)).toContain("Diplomatie");
    expect(deepQueryAll(element, '[part~="group-heading"]').map((heading) => heading.textContent)).toContain("Par date");
  });

  it("formats dates in the language of the page around it", async () => {
    const element = await render('<div lang="de"><diplo-brief sections="timeline"></diplo-brief></div>');
    const times = deepQueryAll(element, "time").map((t) => t.textContent);
    expect(times).toEqual(["Januar 2021"]);
  });

  it("stays readable when the page zooms text", async () => {
    await page.viewport(400, 800);
    try {
      const element = await render('<div style="font-size: 200%"><diplo-brief></diplo-brief></div>');
      expect((deepQuery(element, '[part~="base"]') as HTMLElement).scrollWidth).toBeLessThanOrEqual(400);
    } finally {
      await page.viewport(1200, 900);
    }
  });
});
