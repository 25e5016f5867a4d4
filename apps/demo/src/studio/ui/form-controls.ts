import type { Evidence } from "@diplo-brief/core";
import { type Edit, EditError, labelOf, updateItem } from "../model/index.js";
import type { Announcer } from "./announcer.js";
import { element } from "./dom.js";
import { keepingFocus, withKey } from "./focus.js";
import type { Studio } from "./studio.js";

/** What an item's form needs from the page. */
export interface FormContext {
  readonly studio: Studio;
  readonly announcer: Announcer;
  /** Scrolls the article to the spans. */
  readonly reveal: (spans: readonly Evidence[]) => void;
}

/** The item a form edits, and how the form reaches the page. */
export interface ItemForm extends FormContext {
  readonly id: string;
}

type Patch = Readonly<Record<string, unknown>>;

/** A schema value as a person reads it: "press-conference" is "press conference". */
export const wordsOf = (value: string): string => value.replaceAll("-", " ");

let ids = 0;
/** A DOM id for a control: item ids may hold characters that are awkward in selectors, so a counter. */
const nextId = (): string => `studio-field-${++ids}`;

/**
 * Runs an edit made from a form, after the event that asked for it: a change event fires as focus
 * leaves a field, and the redraw it causes must come after focus has landed on the next one, or the
 * redraw would take the next field away from under the keyboard. An `EditError` is shown at
 * `control`, which is marked invalid, and said.
 */
export function run(form: FormContext, control: HTMLElement, make: () => Edit, said: (edit: Edit) => string): void {
  setTimeout(() => {
    try {
      const edit = keepingFocus(() => form.studio.edit(make, said));
      form.announcer.say(said(edit), ...edit.effects);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      showError(control, error.message);
    }
  });
}

/** Changes fields of the form's item. */
export function update(form: ItemForm, control: HTMLElement, patch: Patch): void {
  run(form, control, () => updateItem(form.studio.brief, form.id, patch), (edit) => `Changed ${labelOf(edit.brief, form.id)}.`);
}

function showError(control: HTMLElement, message: string): void {
  control.id ||= nextId();
  const errorId = `${control.id}-error`;
  let error = document.getElementById(errorId);
  if (!error) {
    error = element("p", "studio-error");
    error.id = errorId;
    error.setAttribute("role", "alert");
    (control.closest(".studio-field") ?? control).after(error);
    control.setAttribute("aria-describedby", [control.getAttribute("aria-describedby"), errorId].filter(Boolean).join(" "));
  }
  error.textContent = message;
  control.setAttribute("aria-invalid", "true");
}

/** A control with its label above it and, where given, a hint below. */
export function labelled(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const field = element("div", "studio-field", Object.assign(document.createElement("label"), { htmlFor: control.id, textContent: label }), control);
  if (hint) {
    const help = element("p", "hint", hint);
    help.id = `${control.id}-hint`;
    control.setAttribute("aria-describedby", help.id);
    field.append(help);
  }
  return field;
}

/** A text field (or, `multiline`, a text area) that sends `toPatch(value)` once the person leaves it or presses Enter. */
export function textField(
  form: ItemForm,
  name: string,
  label: string,
  value: string,
  toPatch: (value: string) => Patch,
  options: { readonly multiline?: boolean; readonly hint?: string } = {},
): HTMLElement {
  const control = options.multiline ? document.createElement("textarea") : Object.assign(document.createElement("input"), { type: "text" });
  Object.assign(control, { id: nextId(), value, dir: "auto" });
  withKey(control, `field:${form.id}:${name}`);
  control.addEventListener("change", () => update(form, control, toPatch(control.value)));
  return labelled(label, control, options.hint);
}

/** A choice of `options` ([value, words] pairs) that sends `toPatch(value)` when changed. */
export function selectField(
  form: ItemForm,
  name: string,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  toPatch: (value: string) => Patch,
): HTMLElement {
  const control = choice(`field:${form.id}:${name}`, options, value);
  control.addEventListener("change", () => update(form, control, toPatch(control.value)));
  return labelled(label, control);
}

/** A select of `options`, on `value`, without a label: for rows that label it themselves. */
export function choice(key: string, options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const control = withKey(Object.assign(document.createElement("select"), { id: nextId() }), key);
  for (const [optionValue, words] of options) control.append(new Option(words, optionValue, false, optionValue === value));
  return control;
}

/** A text input without a label, for rows that label it themselves. */
export function textInput(key: string, value: string): HTMLInputElement {
  return withKey(Object.assign(document.createElement("input"), { type: "text", id: nextId(), value, dir: "auto" }), key);
}

/** Check boxes, one per option, that send `toPatch(checked values)` on every change. */
export function checkboxes(
  form: ItemForm,
  name: string,
  legend: string,
  values: readonly string[],
  options: readonly (readonly [string, string])[],
  toPatch: (values: string[]) => Patch,
): HTMLElement {
  const set = Object.assign(document.createElement("fieldset"), { className: "studio-checks" });
  set.append(Object.assign(document.createElement("legend"), { textContent: legend }));
  if (options.length === 0) set.append(element("p", "hint", "None in the brief yet."));
  const boxes = options.map(([value, words]) => {
    const box = withKey(Object.assign(document.createElement("input"), { type: "checkbox", id: nextId(), value, checked: values.includes(value) }), `field:${form.id}:${name}:${value}`);
    set.append(element("div", "studio-check", box, Object.assign(document.createElement("label"), { htmlFor: box.id, textContent: words })));
    return box;
  });
  set.addEventListener("change", (event) => {
    update(form, event.target as HTMLElement, toPatch(boxes.filter((box) => box.checked).map((box) => box.value)));
  });
  return set;
}

/** A part of a form under its own heading, a group named by it (a landmark each would crowd the page's list of them). */
export function part(title: string, ...content: HTMLElement[]): HTMLElement {
  const group = element("div", "studio-part");
  const id = nextId();
  group.setAttribute("role", "group");
  group.setAttribute("aria-labelledby", id);
  group.append(Object.assign(document.createElement("h5"), { id, textContent: title }), ...content);
  return group;
}

/** Options of entities, by name, for the selects that refer to one; `none` adds an empty choice first. */
export function entityOptions(form: FormContext, none?: string): [string, string][] {
  const entities = form.studio.brief.entities.map((entity): [string, string] => [entity.id, entity.name]);
  return none === undefined ? entities : [["", none], ...entities];
}
