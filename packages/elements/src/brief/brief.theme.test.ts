import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { cleanup, deepQuery, deepQueryAll, deepText, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function render(markup: string): Promise<DiploBrief> {
  const host = mount(markup);
  const element = (host.matches("diplo-brief") ? host : host.querySelector("diplo-brief")) as DiploBrief;
  element.brief = seed();
  await settled(element);
  return element;
}

const background = (element: Element, selector: string) => getComputedStyle(deepQuery(element, selector) as Element).backgroundColor;

describe("<diplo-brief> look", () => {
  it("has light and dark themes from the theme attribute, reflected both ways", async () => {
    const element = await render('<diplo-brief theme="light"></diplo-brief>');
    expect(background(element, '[part~="base"]')).toBe("rgb(255, 255, 255)");
    element.theme = "dark";
    await settled(element);
    expect(element.getAttribute("theme")).toBe("dark");
    expect(background(element, '[part~="base"]')).toBe("rgb(21, 24, 28)");
    // Cards follow the brief's theme.
    expect(deepQuery(element, "diplo-quote-card")?.getAttribute("theme")).toBe("dark");
  });

  it("takes --diplo-* custom properties from the page", async () => {
    const element = await render(
      '<div style="--diplo-color-background: rgb(1, 2, 3); --diplo-color-surface: rgb(4, 5, 6)"><diplo-brief></diplo-brief></div>',
    );
    expect(background(element, '[part~="base"]')).toBe("rgb(1, 2, 3)");
    const card = deepQuery(element, "diplo-issue-card") as Element;
    expect(background(card, ".card")).toBe("rgb(4, 5, 6)");
  });

  it("exposes its parts to ::part() styling, cards included", async () => {
    const style = document.createElement("style");
    style.textContent = "diplo-brief::part(headline) { color: rgb(200, 0, 0) } diplo-brief::part(card-title) { color: rgb(0, 100, 0) }";
    document.head.append(style);
    try {
      const element = await render("<diplo-brief></diplo-brief>");
      expect(getComputedStyle(deepQuery(element, '[part~="headline"]') as Element).color).toBe("rgb(200, 0, 0)");
      const issueTitle = deepQuery(deepQuery(element, "diplo-issue-card") as Element, '[part~="title"]') as Element;
      expect(getComputedStyle(issueTitle).color).toBe("rgb(0, 100, 0)");
    } finally {
      style.remove();
    }
  });

  it("lays out from a 280 px column to a wide page", async () => {
    const narrow = await render('<div style="width: 280px"><diplo-brief></diplo-brief></div>');
    const wide = await render('<div style="width: 1100px"><diplo-brief></diplo-brief></div>');
    const columns = (element: Element) =>
      getComputedStyle(deepQuery(element, ".players .grid") as Element).gridTemplateColumns.split(" ").length;
    expect(columns(narrow)).toBe(1);
    expect(columns(wide)).toBe(3);
    // Nothing overflows the narrow column.
    expect((deepQuery(narrow, '[part~="base"]') as HTMLElement).scrollWidth).toBeLessThanOrEqual(280);
    const compact = await render('<div style="width: 1100px"><diplo-brief layout="compact"></diplo-brief></div>');
    expect(columns(compact)).toBe(1);
  });

  it("works right to left", async () => {
    const element = await render('<div dir="rtl" lang="ar"><diplo-brief sections="timeline"></diplo-brief></div>');
    const list = deepQuery(deepQuery(element, "diplo-timeline") as Element, "ol") as Element;
    const style = getComputedStyle(list);
    expect(style.borderRightWidth).toBe("2px");
    expect(style.borderLeftWidth).toBe("0px");
  });
});

describe("<diplo-brief> words", () => {
  it("replaces any UI string through the strings property", async () => {
    const element = await render("<diplo-brief></diplo-brief>");
    element.strings = { sectionPlayers: "Acteurs clés", showSource: "Voir la source", statusPostponed: "Reporté" };
    await settled(element);
    const text = deepText(element);
    expect(text).toContain("Acteurs clés");
    expect(text).not.toContain("Key players");
    expect(deepQuery(element, '[part~="evidence-button"]')?.textContent?.trim()).toBe("Voir la source");
    expect(text).toContain("Reporté");
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
