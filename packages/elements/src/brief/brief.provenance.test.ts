import type { Brief, ProvenanceMethod } from "@diplo-brief/core";
import type { DiploBrief } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepText, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

/** The seed as a brief made by `method`, reviewed by a person or not. */
function made(method: ProvenanceMethod, reviewed: boolean): Brief {
  return { ...seed(), schemaVersion: "1.1", provenance: { method, by: "@diplo-brief/draft 0.2.0", reviewed } };
}

async function render(brief: Brief, markup = "<diplo-brief></diplo-brief>"): Promise<DiploBrief> {
  const host = mount(markup);
  const element = (host.matches("diplo-brief") ? host : host.querySelector("diplo-brief")) as DiploBrief;
  element.brief = brief;
  await settled(element);
  return element;
}

const notice = (element: Element) => deepQuery(element, '[part~="notice"]');

describe("<diplo-brief> on a brief no person has reviewed", () => {
  it("says, first in the brief, that a program drafted it and no person has reviewed it", async () => {
    const element = await render(made("drafted", false));
    const note = notice(element) as HTMLElement;
    expect(note.textContent).toBe("Drafted by a program, not yet reviewed by a person.");
    expect(note.getAttribute("role")).toBe("note");
    // First in the labelled region, so it is read and seen before the headline.
    const region = deepQuery(element, '[part~="base"]') as HTMLElement;
    expect(region.firstElementChild).toBe(note);
    expect(deepText(region).trimStart().startsWith(note.textContent ?? "")).toBe(true);
    expect(note.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it("says so for a brief edited from a draft and not reviewed, which still holds machine-made text", async () => {
    expect(notice(await render(made("edited", false)))?.textContent).toBe("Drafted by a program, not yet reviewed by a person.");
  });

  it("says nothing of a brief written by a person", async () => {
    expect(notice(await render(made("written", false)))).toBeUndefined();
  });

  it("says nothing of a reviewed brief, or of one that does not say how it was made", async () => {
    for (const method of ["drafted", "edited", "written"] as const) expect(notice(await render(made(method, true)))).toBeUndefined();
    expect(notice(await render(seed()))).toBeUndefined();
  });

  it("takes the notice away once a reviewed brief replaces the draft", async () => {
    const element = await render(made("drafted", false));
    element.brief = made("drafted", true);
    await settled(element);
    expect(notice(element)).toBeUndefined();
  });

  it("keeps the notice when the header is not among the sections", async () => {
    const element = await render(made("drafted", false), '<diplo-brief sections="quotes"></diplo-brief>');
    expect(notice(element)?.textContent).toBe("Drafted by a program, not yet reviewed by a person.");
  });

  it("takes its words from strings, to translate them", async () => {
    const element = await render(made("drafted", false));
    element.strings = { provenanceDrafted: "Rédigé par un programme ; personne ne l'a encore relu." };
    await settled(element);
    expect(notice(element)?.textContent).toBe("Rédigé par un programme ; personne ne l'a encore relu.");
  });

  it("is themed by the tokens, styled through its part, and edged on the side text starts from", async () => {
    const style = document.head.appendChild(document.createElement("style"));
    style.textContent = "diplo-brief::part(notice) { font-weight: 700 }";
    try {
      const element = await render(
        made("drafted", false),
        '<div style="--diplo-color-surface: rgb(1, 2, 3); --diplo-color-concern: rgb(4, 5, 6)"><diplo-brief></diplo-brief></div>',
      );
      const look = getComputedStyle(notice(element) as Element);
      expect(look.backgroundColor).toBe("rgb(1, 2, 3)");
      expect(look.borderLeftColor).toBe("rgb(4, 5, 6)");
      expect(look.fontWeight).toBe("700");
      expect(Number.parseFloat(look.borderLeftWidth)).toBeGreaterThan(0);
      expect(look.borderRightWidth).toBe("0px");

      const rtl = await render(made("drafted", false), '<div dir="rtl" lang="ar"><diplo-brief></diplo-brief></div>');
      const mirrored = getComputedStyle(notice(rtl) as Element);
      expect(Number.parseFloat(mirrored.borderRightWidth)).toBeGreaterThan(0);
      expect(mirrored.borderLeftWidth).toBe("0px");
    } finally {
      style.remove();
    }
  });
});
