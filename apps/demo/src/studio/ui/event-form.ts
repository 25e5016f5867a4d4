import { type Event as BriefEvent, EventKind, EventStatus, type EventTime } from "@diplo-brief/core";
import { element } from "./dom.js";
import { checkboxes, choice, entityOptions, type ItemForm, labelled, part, selectField, textField, textInput, update, wordsOf } from "./form-controls.js";

/** An event's fields: title, kind, status, time and date with its basis, place, participants, issues. */
export function eventForm(form: ItemForm, event: BriefEvent): HTMLElement[] {
  const { brief } = form.studio;
  const entities = entityOptions(form);
  return [
    textField(form, "title", "Title", event.title, (title) => ({ title })),
    selectField(form, "kind", "Kind", event.kind, EventKind.options.map((kind) => [kind, wordsOf(kind)]), (kind) => ({ kind })),
    selectField(form, "status", "Status", event.status, EventStatus.options.map((status) => [status, wordsOf(status)]), (status) => ({ status })),
    timePart(form, event.when),
    selectField(form, "place", "Place", event.place ?? "", [["", "(not said)"], ...entities], (place) => ({ place: place || undefined })),
    checkboxes(form, "participants", "Participants", event.participants, entities, (participants) => ({ participants })),
    checkboxes(form, "issues", "Issues", event.issues, brief.issues.map((issue) => [issue.id, issue.title]), (issues) => ({ issues })),
  ];
}

/**
 * When: the time in the article's words, and a calendar date only where the article supports one,
 * with what it rests on. The three are sent together, as the one `when` they make.
 */
function timePart(form: ItemForm, when: EventTime | undefined): HTMLElement {
  const text = textInput(`field:${form.id}:when:text`, when?.text ?? "");
  const date = textInput(`field:${form.id}:when:date`, when?.date?.value ?? "");
  date.inputMode = "numeric";
  date.autocomplete = "off";
  const basis = choice(`field:${form.id}:when:basis`, [["stated", "stated in the article"], ["dateline", "worked out from the dateline"]], when?.date?.basis ?? "stated");
  const send = (control: HTMLElement): void => {
    const words = text.value.trim();
    const value = date.value.trim();
    const next = words === "" && value === "" ? undefined : { text: words, ...(value === "" ? {} : { date: { value, basis: basis.value } }) };
    update(form, control, { when: next });
  };
  for (const control of [text, date, basis]) control.addEventListener("change", () => send(control));
  return part(
    "When",
    element(
      "div",
      "studio-row",
      labelled("Time, as the article says it", text, "“on Sunday”, “later in the year”"),
      labelled("Date", date, "YYYY, YYYY-MM or YYYY-MM-DD: no more precise than the article."),
      labelled("Date from", basis),
    ),
  );
}
