import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openPage, type Site, startSite } from "./site.js";

/**
 * Every `<diplo-brief>` on the showcase page, by its label: themes, custom tokens, a 280 px column,
 * a wide page, the compact layout, French strings and a right-to-left page. The test checks the
 * page shows exactly these, so a variant added to the page is not left out of this list unseen.
 */
const variants = [
  "The brief, light theme",
  "The brief, dark theme",
  "The brief, custom tokens",
  "The brief in a narrow column",
  "The brief across a wide page",
  "The brief, compact",
  "La synthèse en français",
  "الملخص",
];

const widths = [
  { width: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { width: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;
const schemes = ["light", "dark"] as const;
const cases = widths.flatMap((width) => schemes.map((colorScheme) => ({ ...width, colorScheme })));

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

describe("the showcase, every variant, at phone and desktop widths in light and dark", () => {
  it.each(cases)("$width ($viewport.width × $viewport.height), $colorScheme colour scheme: no accessibility violation", async ({ width, colorScheme, ...options }) => {
    const { page, errors } = await openPage(site, "showcase.html", {
      ...options,
      colorScheme,
      // The page sets its briefs as it loads, so the count of announced briefs starts before any script.
      prepare: (page) =>
        page.addInitScript(() => {
          const state = window as unknown as { loadedBriefs: number };
          state.loadedBriefs = 0;
          document.addEventListener("diplo-brief-load", () => state.loadedBriefs++);
        }),
    });
    const briefs = page.locator("diplo-brief");
    expect(await briefs.evaluateAll((elements) => elements.map((element) => element.getAttribute("label")))).toEqual(variants);
    await page.waitForFunction((count) => (window as unknown as { loadedBriefs: number }).loadedBriefs === count, variants.length);
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
