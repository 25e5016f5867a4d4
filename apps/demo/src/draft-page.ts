import "./nav.js";
import { fileSlug } from "./file-slug.js";
import "@diplo-brief/elements/define";
import type { Brief } from "@diplo-brief/core";
import type { DraftInput, DraftResult } from "@diplo-brief/draft";
import { renderArticle } from "./article-view.js";
import { downloadJson } from "./download.js";
import { type ArticleFile, ArticleFileError, readArticleFile } from "./draft/article-file.js";
import { type Drafter, drafter, type HtmlDrafter, htmlDrafter, type LazyModule, type Loaded, readyWithStatus, whenIdle } from "./draft/drafter.js";
import { listenForFileDrops } from "./draft/file-drops.js";
import { renderCredit } from "./draft/example-credit.js";
import { examples, publishers, titleOf } from "./draft/examples.js";
import { ErrorSummary, type FormProblem } from "./draft/form-errors.js";
import { renderReport } from "./draft/report-view.js";

const form = document.querySelector("#draft-form") as HTMLFormElement;
const text = document.querySelector("#text") as HTMLTextAreaElement;
const fields = {
  headline: document.querySelector("#headline") as HTMLInputElement,
  published: document.querySelector("#published") as HTMLInputElement,
  source: document.querySelector("#source") as HTMLInputElement,
  language: document.querySelector("#language") as HTMLInputElement,
};
type Field = keyof typeof fields;
const exampleSelect = document.querySelector("#example") as HTMLSelectElement;
const credit = document.querySelector("#example-credit") as HTMLElement;
const fileInput = document.querySelector("#file") as HTMLInputElement;
const dropZone = document.querySelector("#drop-zone") as HTMLElement;
const status = document.querySelector("#drafter-status") as HTMLElement;
const errors = new ErrorSummary(document.querySelector("#draft-errors") as HTMLElement);
const draftSection = document.querySelector("#draft") as HTMLElement;
const draftHeading = document.querySelector("#draft-heading") as HTMLElement;
const provenance = document.querySelector("#provenance") as HTMLElement;
const story = document.querySelector("#draft-story") as HTMLElement;
const preview = document.querySelector("diplo-brief") as HTMLElementTagNameMap["diplo-brief"];
const report = document.querySelector("#report-body") as HTMLElement;

/** The name of the example or file the text came from, until the reader edits it: the download's name. */
let loadedFrom: string | undefined;
let current: { brief: Brief; name: string } | undefined;
let busy = false;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function setStatus(message: string, working = false): void {
  status.textContent = message;
  status.classList.toggle("busy", working);
}

/** A module of the drafter, loaded if it is not yet, saying so meanwhile. */
const ready = <T>(lazy: LazyModule<T>): Promise<Loaded<T>> => readyWithStatus(lazy, setStatus);

const cannotLoad = (error: unknown): void =>
  errors.show([{ message: `The drafter could not be loaded (${messageOf(error)}). Check the connection, then try again.` }]);

/** Runs one drafting task at a time: a second press of Draft meanwhile is ignored. */
async function exclusively(task: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  errors.clear();
  try {
    await task();
  } finally {
    busy = false;
  }
}

/** Waits for the page to paint, so "Drafting…" shows before the drafter holds the main thread. */
const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const slug = (name: string): string => fileSlug(name, "draft");

function articleInput(): DraftInput {
  const given = Object.entries(fields)
    .map(([name, field]) => [name, field.value.trim()])
    .filter(([, value]) => value !== "");
  return { ...Object.fromEntries(given), text: text.value };
}

function fillDetails(values: Partial<Record<Field, string | undefined>> = {}): void {
  for (const [name, field] of Object.entries(fields)) field.value = values[name as Field] ?? "";
}

/** The drafter's messages start with the field they concern ("published: …"): said with its label, linked to it. */
function problemsOf(error: unknown, { BlankArticleError, DraftInputError }: Drafter): FormProblem[] {
  if (error instanceof BlankArticleError) return [{ message: `Article text: ${error.message}`, field: text }];
  if (!(error instanceof DraftInputError)) return [{ message: `The drafter failed on this article: ${messageOf(error)}` }];
  return error.problems.map((problem) => {
    const [, name = "", rest = problem] = /^(\w+): ([\s\S]*)$/.exec(problem) ?? [];
    const field = Object.hasOwn(fields, name) ? fields[name as Field] : undefined;
    const label = field?.labels?.[0]?.textContent?.trim();
    return label ? { message: `${label}: ${rest}`, field } : { message: problem };
  });
}

function show({ brief, report: drafted }: DraftResult, loadMs: number): void {
  renderArticle(story, brief, 3);
  story.lang = brief.article.language;
  preview.brief = brief;
  provenance.textContent = `Drafted by ${brief.provenance?.by ?? "a program"} and not reviewed by a person: check every item against the article before relying on it.`;
  renderReport(report, drafted, loadMs, 4);
  current = { brief, name: loadedFrom ?? slug(brief.article.headline) };
  draftSection.hidden = false;
  const { entities, issues, quotes, events } = drafted.found;
  setStatus(`Drafted: ${entities} entities, ${issues} issues, ${quotes} quotes, ${events} events.`);
  // At the top of the screen, the draft's first lines are in view, not only its heading.
  draftHeading.focus({ preventScroll: true });
  draftHeading.scrollIntoView({ block: "start" });
}

async function draftText(): Promise<void> {
  let loaded: Loaded<Drafter>;
  try {
    loaded = await ready(drafter);
  } catch (error) {
    return cannotLoad(error);
  }
  setStatus("Drafting…", true);
  await painted();
  try {
    show(loaded.module.draftBrief(articleInput()), loaded.ms);
  } catch (error) {
    setStatus("");
    errors.show(problemsOf(error, loaded.module));
  }
}

/** Takes the article out of a web page with the drafter's Readability entry, shows its text and details, and drafts it. */
async function draftPage(html: string, fileName: string): Promise<void> {
  let modules: [Loaded<Drafter>, Loaded<HtmlDrafter>];
  try {
    modules = await Promise.all([ready(drafter), ready(htmlDrafter)]);
  } catch (error) {
    return cannotLoad(error);
  }
  const [{ module: core }, { module: page, ms }] = modules;
  setStatus(`Taking the article out of ${fileName} and drafting it…`, true);
  await painted();
  try {
    // The browser's own parser: it runs no script of the page and loads nothing it links to.
    const result = await page.draftFromHtml(html, { parse: (source) => new DOMParser().parseFromString(source, "text/html") });
    text.value = result.extracted.text;
    fillDetails(result.brief.article);
    show(result, ms);
  } catch (error) {
    setStatus("");
    errors.show(error instanceof page.NoArticleError ? [{ message: `${fileName}: ${error.message}`, field: fileInput }] : problemsOf(error, core));
  }
}

async function openFile(file: File): Promise<void> {
  let content: ArticleFile;
  try {
    content = await readArticleFile(file);
  } catch (error) {
    const message = error instanceof ArticleFileError ? error.message : `${file.name} could not be read: ${messageOf(error)}`;
    return errors.show([{ message, field: fileInput }]);
  }
  exampleSelect.value = "";
  renderCredit(credit, undefined);
  loadedFrom = slug(file.name.replace(/\.[^.]*$/, ""));
  if (content.kind === "html") return draftPage(content.html, file.name);
  text.value = content.text;
  fillDetails();
  return draftText();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void exclusively(draftText);
});

for (const [id, { name }] of Object.entries(publishers)) {
  const group = Object.assign(document.createElement("optgroup"), { label: name });
  for (const example of examples.filter((e) => e.publisher === id)) group.append(new Option(titleOf(example), example.id));
  exampleSelect.append(group);
}

// Choosing fills the form and no more: a closed select changes on every arrow key.
exampleSelect.addEventListener("change", () => {
  const example = examples.find((e) => e.id === exampleSelect.value);
  renderCredit(credit, example);
  if (!example) return;
  text.value = example.text;
  fillDetails({ published: example.published, source: publishers[example.publisher].name });
  loadedFrom = example.id;
});

text.addEventListener("input", () => {
  loadedFrom = undefined;
});

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void exclusively(() => openFile(file));
});

listenForFileDrops(dropZone, (file) => void exclusively(() => openFile(file)));

document.querySelector("#download")?.addEventListener("click", () => {
  if (current) downloadJson(`${current.name}.brief.json`, current.brief);
});

whenIdle(() => {
  ready(drafter).catch(() => setStatus("The drafter could not be loaded yet: it is tried again when you press Draft."));
});
