// Every line below must be a type error. `@ts-expect-error` turns an expected error into success
// and a missing one into a failure ("Unused '@ts-expect-error' directive"), so this file compiles
// only if the published types are real and precise, not `any`.
import { type Brief, parseBrief, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import type { DiploSelectDetail } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";

const element = document.createElement("diplo-brief");

// @ts-expect-error a number is not a Brief
element.brief = 42;

// @ts-expect-error a brief needs its article, entities, issues, quotes and events
const incomplete: Brief = { schemaVersion: "1.0" };

// @ts-expect-error the brief's headline is a string
const headline: number = parseBrief(blinkenBeijing).article.headline;

const result = safeParseBrief({});
// @ts-expect-error data exists only after checking success
const data: Brief = result.data;

element.addEventListener("diplo-select", (event) => {
  // @ts-expect-error the detail of diplo-select is a DiploSelectDetail, whose id is a string or null
  const id: number = event.detail.id;
  // @ts-expect-error its kind is "entity"
  const kind: DiploSelectDetail["kind"] = "issue";
  console.log(id, kind);
});

// @ts-expect-error the element has only its declared properties
element.notAProperty = true;

export { data, headline, incomplete };
