import "./nav.js";
import "@diplo-brief/elements/define";
import { type Brief, type Problem, safeParseBriefJson, toJsonLd, toJsonSchema, toTimelineJs, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { list, paragraph } from "./dom.js";
import { downloadJson } from "./download.js";

const editor = document.querySelector("#editor") as HTMLTextAreaElement;
const status = document.querySelector("#status") as HTMLElement;
const grounding = document.querySelector("#grounding-body") as HTMLElement;
const stale = document.querySelector("#stale") as HTMLElement;
const preview = document.querySelector("diplo-brief") as HTMLElementTagNameMap["diplo-brief"];
const downloads = document.querySelectorAll<HTMLButtonElement>("[data-download]");

let current: Brief | undefined;

function showProblems(title: string, problems: readonly string[]): void {
  status.classList.add("bad");
  status.replaceChildren(paragraph(title), list(problems));
  stale.hidden = current === undefined;
  for (const button of downloads) button.disabled = true;
}

function showGrounding(brief: Brief): void {
  const report = verifyBrief(brief);
  const { spans, directQuotes, entities } = report.checked;
  const summary = `${spans} evidence spans, ${directQuotes} direct quotes and ${entities} entities checked against the article.`;
  grounding.parentElement?.classList.toggle("bad", !report.ok);
  grounding.replaceChildren(
    paragraph(report.ok ? `Grounded: ${summary}` : `Not grounded: ${report.problems.length} problem(s). ${summary}`),
    ...(report.ok ? [] : [list(report.problems.map((p: Problem) => p.message))]),
  );
}

function update(): void {
  const result = safeParseBriefJson(editor.value);
  if (!result.success) {
    const notJson = result.problems[0]?.code === "invalid-json";
    showProblems(
      notJson ? "The JSON does not parse:" : `The brief is not valid: ${result.problems.length} problem(s).`,
      result.problems.map((p) => p.message),
    );
    return;
  }
  current = result.data;
  const { entities, issues, quotes, events } = current;
  status.classList.remove("bad");
  status.replaceChildren(
    paragraph(`Valid brief: ${entities.length} entities, ${issues.length} issues, ${quotes.length} quotes, ${events.length} events.`),
  );
  stale.hidden = true;
  for (const button of downloads) button.disabled = false;
  preview.brief = current;
  showGrounding(current);
}

let timer: ReturnType<typeof setTimeout> | undefined;
editor.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(update, 250);
});

function load(text: string): void {
  editor.value = text;
  update();
}

document.querySelector("#reset")?.addEventListener("click", () => load(JSON.stringify(blinkenBeijing, null, 2)));

document.querySelector("#load-url")?.addEventListener("click", async () => {
  const url = (document.querySelector("#url") as HTMLInputElement).value.trim();
  if (!url) return showProblems("Enter the URL of a brief first.", []);
  try {
    const response = await fetch(new URL(url, location.href));
    if (!response.ok) return showProblems(`The server answered ${response.status} ${response.statusText} for ${url}.`, []);
    load(await response.text());
  } catch (error) {
    showProblems(`Could not fetch ${url}:`, [(error as Error).message]);
  }
});

document.querySelector("#file")?.addEventListener("change", async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) load(await file.text());
});

const exports: Record<string, (brief: Brief) => [string, unknown]> = {
  brief: (brief) => ["brief.json", brief],
  schema: () => ["brief.schema.json", toJsonSchema()],
  jsonld: (brief) => ["brief.jsonld", toJsonLd(brief)],
  timeline: (brief) => ["timeline.json", toTimelineJs(brief)],
};

for (const button of downloads) {
  button.addEventListener("click", () => {
    const make = exports[button.dataset.download ?? ""];
    if (!current || !make) return;
    downloadJson(...make(current));
  });
}

load(JSON.stringify(blinkenBeijing, null, 2));
