// What a TypeScript user writes against the published declarations. Compiled with `tsc --noEmit`
// under NodeNext and under Bundler resolution; it must compile cleanly under both.
import { type Brief, type Problem, type SafeParseBriefResult, parseBrief, safeParseBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { DiploBrief, DiploQuoteCard, type DiploBriefErrorDetail, type DiploSelectDetail } from "@diplo-brief/elements";
import "@diplo-brief/elements/define";

// True only for `any`: a declaration that silently degrades to `any` would pass every other check.
type IsAny<T> = 0 extends 1 & T ? true : false;

const result: SafeParseBriefResult = safeParseBrief(JSON.parse("{}") as unknown);
const problems: readonly Problem[] = result.success ? [] : result.problems;
const messages: string[] = problems.map((problem) => problem.message);

const brief: Brief = parseBrief(blinkenBeijing);
const headline: string = brief.article.headline;

const element = document.createElement("diplo-brief");
const typedElement: DiploBrief = element;
const elementIsNotAny: IsAny<typeof element> = false;
element.brief = brief;
element.brief = undefined;

const card = document.createElement("diplo-quote-card");
const typedCard: DiploQuoteCard = card;

const found = document.querySelector("diplo-brief");
if (found) found.brief = blinkenBeijing;

element.addEventListener("diplo-select", (event) => {
  const detail: DiploSelectDetail = event.detail;
  const id: string | null = event.detail.id;
  const detailIsNotAny: IsAny<typeof event.detail> = false;
  console.log(detail.kind, id, detailIsNotAny);
});
element.addEventListener("diplo-brief-error", (event) => {
  const detail: DiploBriefErrorDetail = event.detail;
  console.log(detail.reason, detail.problems.length);
});

// A class from the package is a real constructor a user can subclass and register elsewhere.
class MyBrief extends DiploBrief {}
customElements.define("my-brief", MyBrief);

export { card, elementIsNotAny, headline, messages, typedCard, typedElement };
