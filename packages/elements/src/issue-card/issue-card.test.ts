import type { DiploIssueCard } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, deepQuery, deepQueryAll, mount, seed, settled } from "../testing/dom.js";

afterEach(cleanup);

describe("<diplo-issue-card>", () => {
  it("shows the issue, its nature in words, and each party's position", async () => {
    const element = mount<DiploIssueCard>('<diplo-issue-card item-id="taiwan-status" heading-level="4"></diplo-issue-card>');
    element.brief = seed();
    await settled(element);
    expect(deepQuery(element, "h4")?.textContent).toBe("Taiwan");
    expect(deepQueryAll(element, '[part~="badge"]').map((b) => b.textContent)).toEqual(["Dispute", "security"]);
    const parties = deepQueryAll(element, ".parties li").map((li) => li.textContent);
    expect(parties).toEqual(["China: Claims the self-governed island as its own.", "United States", "Taiwan"]);
  });

  it("drops positions in the compact layout", async () => {
    const element = mount<DiploIssueCard>('<diplo-issue-card item-id="taiwan-status" compact></diplo-issue-card>');
    element.brief = seed();
    await settled(element);
    expect(deepQuery(element, ".parties li")?.textContent).toBe("China");
  });
});
