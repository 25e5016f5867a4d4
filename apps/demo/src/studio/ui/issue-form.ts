import { type Issue, IssueCategory, IssueNature, type IssueParty } from "@diplo-brief/core";
import { button, element } from "./dom.js";
import { choice, entityOptions, type ItemForm, labelled, part, selectField, textField, textInput, update, wordsOf } from "./form-controls.js";

/** An issue's fields: title, summary, nature, category, and its parties with their positions. */
export function issueForm(form: ItemForm, issue: Issue): HTMLElement[] {
  return [
    textField(form, "title", "Title", issue.title, (title) => ({ title })),
    textField(form, "summary", "Summary", issue.summary, (summary) => ({ summary }), { multiline: true }),
    selectField(form, "nature", "Nature", issue.nature, IssueNature.options.map((nature) => [nature, nature]), (nature) => ({ nature })),
    selectField(form, "category", "Category", issue.category, IssueCategory.options.map((category) => [category, wordsOf(category)]), (category) => ({ category })),
    partiesPart(form, issue),
  ];
}

/** Each party is an entity and, where the article gives one, its position; a row below adds one. */
function partiesPart(form: ItemForm, issue: Issue): HTMLElement {
  const set = (parties: readonly IssueParty[], control: HTMLElement): void => update(form, control, { parties });
  const party = (entity: string, position: string): IssueParty => (position.trim() ? { entity, position: position.trim() } : { entity });
  const entities = entityOptions(form);
  const list = element("ul", "studio-rows");
  issue.parties.forEach((old, index) => {
    const number = index + 1;
    const who = choice(`field:${form.id}:party:${index}:entity`, entities, old.entity);
    const position = textInput(`field:${form.id}:party:${index}:position`, old.position ?? "");
    const replace = (control: HTMLElement): void => set(issue.parties.map((p, at) => (at === index ? party(who.value, position.value) : p)), control);
    who.addEventListener("change", () => replace(who));
    position.addEventListener("change", () => replace(position));
    const remove = button("Remove", `party:${form.id}:${index}:remove`, () => set(issue.parties.filter((_, at) => at !== index), remove));
    remove.setAttribute("aria-label", `Remove party ${number}`);
    list.append(element("li", "studio-row", labelled(`Party ${number}`, who), labelled(`Party ${number}'s position`, position), remove));
  });
  const rows = issue.parties.length > 0 ? [list] : [element("p", "hint", "No party yet.")];
  if (entities.length === 0) return part("Parties", ...rows);
  const who = choice(`field:${form.id}:party:new:entity`, entities, "");
  const position = textInput(`field:${form.id}:party:new:position`, "");
  const add = button("Add the party", `party:${form.id}:add`, () => set([...issue.parties, party(who.value, position.value)], who));
  return part("Parties", ...rows, element("div", "studio-row", labelled("New party", who), labelled("Its position", position), add));
}
