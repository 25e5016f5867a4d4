import type { DraftReport } from "@diplo-brief/draft";
import { list, paragraph } from "../dom.js";

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const count = new Intl.NumberFormat("en");
const milliseconds = (ms: number): string => `${count.format(ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms))} ms`;

/** A table of label and number rows, named by the heading above it; the numbers line up on their end. */
function figures(labelledBy: string, columns: readonly [string, string], rows: readonly (readonly [string, string])[]): HTMLTableElement {
  const table = document.createElement("table");
  table.setAttribute("aria-labelledby", labelledBy);
  const head = table.createTHead().insertRow();
  for (const [index, column] of columns.entries()) head.append(Object.assign(document.createElement("th"), { scope: "col", textContent: column, className: index === 1 ? "number" : "" }));
  const body = table.createTBody();
  for (const [label, value] of rows) {
    const row = body.insertRow();
    row.append(Object.assign(document.createElement("th"), { scope: "row", textContent: label }), Object.assign(document.createElement("td"), { className: "number", textContent: value }));
  }
  return table;
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The drafter's report, each part under its own heading: what it found, the language, how long
 * each stage took (and the one-off load of the drafter), and what it skipped and why.
 */
export function renderReport(container: HTMLElement, report: DraftReport, loadMs: number, headingLevel: HeadingLevel): void {
  const { found, language, skipped, timings, notes } = report;
  const section = (id: string, title: string, content: readonly Node[]): HTMLElement => {
    const part = Object.assign(document.createElement("section"), { className: `panel report-${id}` });
    part.setAttribute("aria-labelledby", `report-${id}-heading`);
    part.append(Object.assign(document.createElement(`h${headingLevel}`), { id: `report-${id}-heading`, textContent: title }), ...content);
    return part;
  };
  const total = timings.reduce((sum, { ms }) => sum + ms, 0);
  const skippedList = document.createElement("ul");
  for (const { stage, text, reason } of skipped) {
    const item = document.createElement("li");
    item.append(Object.assign(document.createElement("span"), { className: "words", textContent: text }), paragraph(`${reason} (${stage})`, "hint"));
    skippedList.append(item);
  }
  container.replaceChildren(
    section("found", "Found", [
      figures("report-found-heading", ["Kind", "Count"], [
        ["Entities", count.format(found.entities)],
        ["Issues", count.format(found.issues)],
        ["Quotes", count.format(found.quotes)],
        ["Direct quotes", count.format(found.directQuotes)],
        ["Events", count.format(found.events)],
      ]),
    ]),
    section("language", "Language", [
      paragraph(`${languageName(language.tag)} (${language.tag}): ${language.supported ? "supported, drafted in full" : "not supported"}.`),
      ...(notes.length > 0 ? [list(notes)] : []),
    ]),
    section("timings", "Timings", [
      figures("report-timings-heading", ["Stage", "Time"], [...timings.map(({ stage, ms }): [string, string] => [stage, milliseconds(ms)]), ["total", milliseconds(total)]]),
      paragraph(`Loading the drafter took ${milliseconds(loadMs)}, once for this visit.`, "hint"),
    ]),
    section("skipped", `Skipped (${count.format(skipped.length)})`, [
      skipped.length === 0 ? paragraph("Nothing was skipped.") : paragraph("What the drafter saw and left out of the brief, and why.", "hint"),
      ...(skipped.length === 0 ? [] : [skippedList]),
    ]),
  );
}
