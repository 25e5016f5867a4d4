import type { DiploBrief, DiploTimeline } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";
import { it, expect } from "vitest";
import { commands } from "vitest/browser";
import { mount, seed, settled } from "./testing/dom.js";

it("dump", async () => {
  const el = mount<DiploBrief>("<diplo-brief></diplo-brief>");
  el.brief = seed();
  await settled(el);
  await new Promise((r) => setTimeout(r, 500));
  console.log("BRIEF>>>" + el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, "").replace(/\s+/g, " "));
  const t = mount<DiploTimeline>("<diplo-timeline></diplo-timeline>");
  t.brief = seed();
  await settled(t);
  console.log("TL>>>" + t.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, "").replace(/\s+/g, " "));
  expect(1).toBe(1);
});
