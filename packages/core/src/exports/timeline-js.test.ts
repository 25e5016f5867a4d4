import { type Brief, toTimelineJs } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { describe, expect, it } from "vitest";
import { seedCopy } from "../testing/seed-copy.js";

/** The seed with dates of each precision put on three events, in reverse order. */
function withDates(): Brief {
  const brief = seedCopy();
  brief.events[0].when = { text: "on 5 March 2023", date: { value: "2023-03-05", basis: "stated" } };
  brief.events[1].when = { text: "in 2019", date: { value: "2019", basis: "stated" } };
  return brief as Brief;
}

describe("toTimelineJs", () => {
  it("makes a slide per dated event, at the date's precision, showing the time as written", () => {
    const doc = toTimelineJs(blinkenBeijing);
    const dated = blinkenBeijing.events.filter((e) => e.when?.date);
    expect(doc.events).toHaveLength(dated.length);
    expect(doc.events[0]).toEqual({
      unique_id: "biden-takes-office",
      start_date: { year: 2021, month: 1 },
      display_date: "in January 2021",
      text: { headline: "Joe Biden takes office as President", text: "President Joe Biden took office in January 2021" },
      group: "Happened",
    });
  });

  it("orders slides by date and never adds precision", () => {
    const doc = toTimelineJs(withDates());
    expect(doc.events.map((e) => e.start_date)).toEqual([{ year: 2019 }, { year: 2021, month: 1 }, { year: 2023, month: 3, day: 5 }]);
  });

  it("lists undated events on the title slide instead of inventing dates", () => {
    const doc = toTimelineJs(blinkenBeijing);
    const titleText = doc.title.text.text ?? "";
    for (const event of blinkenBeijing.events.filter((e) => !e.when?.date)) {
      expect(titleText).toContain(event.title.replaceAll("'", "&#39;"));
    }
    expect(doc.title.text.headline).toBe(blinkenBeijing.article.headline);
  });

  it("escapes the brief's text, since TimelineJS renders it as HTML", () => {
    const brief = seedCopy();
    brief.events[7].title = `<img src=x onerror="alert(1)">`;
    const slide = toTimelineJs(brief as Brief).events.find((e) => e.unique_id === brief.events[7].id);
    expect(slide?.text.headline).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });
});
