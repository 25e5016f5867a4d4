import type { DiploBriefErrorDetail, DiploIssueCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepQueryAll, mount, nextEvent, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

async function card(id: string, attributes = ""): Promise<DiploIssueCard> {
  const element = mount<DiploIssueCard>(`<diplo-issue-card item-id="${id}" ${attributes}></diplo-issue-card>`);
  element.brief = seed();
  await settled(element);
  return element;
}

const badges = (element: Element) => deepQueryAll(element, '[part~="badge"]').map((b) => b.textContent?.trim());
const parties = (element: Element) => deepQueryAll(element, ".parties li").map((li) => li.textContent?.replace(/\s+/g, " ").trim());

describe("<diplo-issue-card>", () => {
  it("shows the issue, its nature and category in words, and each party's position", async () => {
    const element = await card("taiwan-status", 'heading-level="4"');
    expect(deepQuery(element, 'h4[part~="title"]')?.textContent).toBe("Taiwan");
    expect(badges(element)).toEqual(["Dispute", "Security"]);
    expect(parties(element)).toEqual(["China: Claims the self-governed island as its own.", "United States", "Taiwan"]);
  });

  it("draws the nature's mark in CSS, a shape of its own for each nature", async () => {
    const dispute = await card("taiwan-status");
    const cooperation = await card("fentanyl");
    const nature = (element: Element) => deepQuery(element, '[part~="badge"][data-nature]') as HTMLElement;
    expect(nature(dispute).dataset.nature).toBe("dispute");
    expect(nature(cooperation).dataset.nature).toBe("cooperation");
    const mark = (element: Element) => nature(element).querySelector(".mark") as HTMLElement;
    expect(mark(dispute).getAttribute("aria-hidden")).toBe("true");
    // A triangle for a dispute, a disc for cooperation: not told apart by colour alone.
    expect(getComputedStyle(mark(dispute)).clipPath).toMatch(/^polygon/);
    expect(getComputedStyle(mark(cooperation)).clipPath).toBe("none");
    expect(getComputedStyle(mark(cooperation)).borderTopLeftRadius).toBe("50%");
    expect(getComputedStyle(nature(dispute)).color).not.toBe(getComputedStyle(nature(cooperation)).color);
  });

  it("takes the words of its natures and categories from strings", async () => {
    const element = await card("human-rights");
    expect(badges(element)).toEqual(["Dispute", "Human rights"]);
    element.strings = { natureDispute: "Différend", categoryHumanRights: "Droits humains" };
    await settled(element);
    expect(badges(element)).toEqual(["Différend", "Droits humains"]);
  });

  it("drops positions in the compact layout", async () => {
    const element = await card("taiwan-status", "compact");
    expect(parties(element)).toEqual(["China", "United States", "Taiwan"]);
    element.compact = false;
    await settled(element);
    expect(parties(element)[0]).toBe("China: Claims the self-governed island as its own.");
  });

  it("reports an id that is not an issue of the brief", async () => {
    const element = mount<DiploIssueCard>('<diplo-issue-card item-id="hua-tweet"></diplo-issue-card>');
    const error = nextEvent<DiploBriefErrorDetail>(element, "diplo-brief-error");
    element.brief = seed();
    expect((await error).detail).toMatchObject({ reason: "missing-item", message: "There is no issue with id 'hua-tweet' in this brief." });
    await settled(element);
    expect(deepQuery(element, '[part~="error"]')?.getAttribute("role")).toBe("alert");
  });
});
