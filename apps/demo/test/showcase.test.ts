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

// axe measures content that content-visibility skips wrongly (dequelabs/axe-core#2768): cards off
// screen are laid out at their estimated size, so it reports their buttons as partly hidden, or too
// close to neighbours that are really well apart (target-size). axe runs with the cards laid out,
// through the part the elements document for such tools; the elements' own tests show this moves
// nothing on screen.
const allCardsLaidOut = "diplo-brief::part(card) { content-visibility: visible; }";

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.close();
});

describe("the showcase, every variant, at phone and desktop widths in light and dark", () => {
  for (const { width, viewport, ...device } of widths) {
    for (const colorScheme of schemes) {
      it(`${width}, ${viewport.width}×${viewport.height}, ${colorScheme} colour scheme: no axe violation in any variant`, async () => {
        const { page, errors } = await openPage(site, "showcase.html", {
          ...device,
          viewport,
          colorScheme,
          // The page gives its briefs their data as it loads: the count starts before any script runs.
          prepare: (page) =>
            page.addInitScript(() => {
              const state = window as unknown as { loadedBriefs: number };
              state.loadedBriefs = 0;
              document.addEventListener("diplo-brief-load", () => state.loadedBriefs++);
            }),
        });
        const labels = await page.locator("diplo-brief").evaluateAll((briefs) => briefs.map((brief) => brief.getAttribute("label")));
        expect(labels).toEqual(variants);
        await page.waitForFunction((count) => (window as unknown as { loadedBriefs: number }).loadedBriefs === count, variants.length);
        await page.waitForLoadState("networkidle");
        await page.addStyleTag({ content: allCardsLaidOut });
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
