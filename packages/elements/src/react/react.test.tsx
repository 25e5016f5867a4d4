import type {} from "@diplo-brief/elements/jsx";
import type { DiploSelectDetail } from "@diplo-brief/elements";
import { DiploBrief, DiploQuoteCard } from "@diplo-brief/elements/react";
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
    (deepQuery<HTMLButtonElement>(deepQuery(element, 'diplo-entity-card[item-id="wang-yi"]') as Element, '[part~="select"]') as HTMLButtonElement).click();
    expect(chosen).toEqual(["wang-yi"]);
  });

  it("renders a card on its own", async () => {
    const container = await render(<DiploQuoteCard brief={seed()} itemId="hua-tweet" />);
    const card = container.querySelector("diplo-quote-card") as HTMLElement;
    await settled(card);
    expect(card.getAttribute("item-id")).toBe("hua-tweet");
    expect(deepQueryAll(card, "blockquote")).toHaveLength(1);
  });

  it("works with the custom element as it is, through React 19's own custom element support", async () => {
    const brief = seed();
    const container = await render(<diplo-brief brief={brief} sections="quotes" label="Plain element" />);
    const element = container.querySelector("diplo-brief") as HTMLElement;
    await settled(element);
    expect(deepQuery(element, '[part~="base"]')?.getAttribute("aria-label")).toBe("Plain element");
    expect(deepQueryAll(element, "diplo-quote-card")).toHaveLength(brief.quotes.length);
  });
});
