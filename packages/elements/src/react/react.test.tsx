import type {} from "@diplo-brief/elements/jsx";
import type { DiploBriefErrorDetail, DiploSelectDetail } from "@diplo-brief/elements";
import { DiploBrief, DiploQuoteCard, DiploTimeline } from "@diplo-brief/elements/react";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

// React's act() warns unless told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  cleanup();
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const container = mount<HTMLElement>("<div></div>");
  root = createRoot(container);
  await act(async () => root?.render(node));
  return container;
}

describe("React 19", () => {
  it("renders <DiploBrief> with its brief as a property and hears its events", async () => {
    const chosen: (string | null)[] = [];
    const loads: string[] = [];
    const brief = seed();
    const container = await render(
      <DiploBrief
        brief={brief}
        sections="header players"
        theme="dark"
        onDiploBriefLoad={(event) => loads.push(event.detail.source)}
        onDiploSelect={(event: CustomEvent<DiploSelectDetail>) => chosen.push(event.detail.id)}
      />,
    );
    const element = container.querySelector("diplo-brief") as HTMLElement;
    await settled(element);
    expect(loads).toEqual(["property"]);
    expect(element.getAttribute("theme")).toBe("dark");
    expect(deepQuery(element, '[part~="headline"]')?.textContent).toBe(brief.article.headline);
    // The names to choose come with the on-demand module, once the players are opened.
    (deepQuery<HTMLDetailsElement>(element, '[part~="players"]') as HTMLDetailsElement).open = true;
    await expect.poll(() => deepQuery(element, '[part~="entity"][data-entity="wang-yi"]')).toBeDefined();
    const name = deepQuery<HTMLButtonElement>(element, '[part~="entity"][data-entity="wang-yi"]') as HTMLButtonElement;
    name.click();
    expect(chosen).toEqual(["wang-yi"]);
    await settled(element);
    expect(element.getAttribute("selected")).toBe("wang-yi");
    expect(name.getAttribute("aria-pressed")).toBe("true");
  });

  it("renders a card on its own", async () => {
    const container = await render(<DiploQuoteCard brief={seed()} itemId="hua-tweet" />);
    const card = container.querySelector("diplo-quote-card") as HTMLElement;
    await settled(card);
    expect(card.getAttribute("item-id")).toBe("hua-tweet");
    expect(deepQueryAll(card, "blockquote")).toHaveLength(1);
  });

  it("hears a card's error through its on… prop", async () => {
    const errors: DiploBriefErrorDetail[] = [];
    const container = await render(<DiploQuoteCard brief={seed()} itemId="no-such-quote" onDiploBriefError={(event) => errors.push(event.detail)} />);
    await settled(container.querySelector("diplo-quote-card") as HTMLElement);
    expect(errors.map((error) => error.reason)).toEqual(["missing-item"]);
  });

  it("renders <DiploTimeline> with only some events, hears it load, and follows new props", async () => {
    const brief = seed();
    const loads: string[] = [];
    const container = await render(
      <DiploTimeline
        brief={brief}
        only={["tokyo-briefing", "biden-takes-office"]}
        headingLevel={2}
        onDiploBriefLoad={(event) => loads.push(event.detail.brief.article.headline)}
      />,
    );
    const element = container.querySelector("diplo-timeline") as HTMLElement;
    await settled(element);
    expect(loads).toEqual([brief.article.headline]);
    const shown = () => deepQueryAll(element, ".card").map((card) => card.dataset.id);
    expect(shown()).toEqual(["biden-takes-office", "tokyo-briefing"]);
    expect(deepQuery(element, '[part~="group-heading"]')?.localName).toBe("h2");
    await act(async () => root?.render(<DiploTimeline brief={brief} only={["qin-greets-blinken"]} headingLevel={2} />));
    await settled(element);
    expect(shown()).toEqual(["qin-greets-blinken"]);
  });

  it("works with the custom element as it is, through React 19's own custom element support", async () => {
    const brief = seed();
    const container = await render(<diplo-brief brief={brief} sections="quotes" label="Plain element" />);
    const element = container.querySelector("diplo-brief") as HTMLElement;
    await settled(element);
    expect(deepQuery(element, '[part~="base"]')?.getAttribute("aria-label")).toBe("Plain element");
    expect(deepQueryAll(element, "section.quotes .card").map((card) => card.dataset.id)).toEqual(brief.quotes.map((quote) => quote.id));
  });
});
