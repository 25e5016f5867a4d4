import { type Entity, EntityKind, type Role } from "@diplo-brief/core";
import { labelOf, mergeEntities } from "../model/index.js";
import { button, element } from "./dom.js";
import { choice, entityOptions, type ItemForm, labelled, part, run, selectField, textField, textInput, update, wordsOf } from "./form-controls.js";

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** An entity's fields: name and other names, kind, description, roles, and merging another entity into it. */
export function entityForm(form: ItemForm, entity: Entity): HTMLElement[] {
  return [
    textField(form, "name", "Name", entity.name, (name) => ({ name })),
    selectField(form, "kind", "Kind", entity.kind, EntityKind.options.map((kind) => [kind, wordsOf(kind)]), (kind) => ({ kind })),
    textField(form, "aliases", "Other names", entity.aliases.join("\n"), (text) => ({ aliases: lines(text) }), {
      multiline: true,
      hint: "One a line: how else the article names it.",
    }),
    textField(form, "description", "Description", entity.description ?? "", (text) => ({ description: text.trim() || undefined })),
    rolesPart(form, entity),
    mergePart(form, entity),
  ];
}

/** Each role's title and the entity it is held in, editable in place; a row below adds one. */
function rolesPart(form: ItemForm, entity: Entity): HTMLElement {
  const set = (roles: readonly Role[], control: HTMLElement): void => update(form, control, { roles });
  const of = (title: string, id: string): Role => (id ? { title, of: id } : { title });
  const inOptions = entityOptions(form, "(not said)").filter(([id]) => id !== entity.id);
  const list = element("ul", "studio-rows");
  entity.roles.forEach((role, index) => {
    const number = index + 1;
    const title = textInput(`field:${form.id}:role:${index}:title`, role.title);
    const holder = choice(`field:${form.id}:role:${index}:of`, inOptions, role.of ?? "");
    const replace = (next: Role, control: HTMLElement): void => set(entity.roles.map((old, at) => (at === index ? next : old)), control);
    title.addEventListener("change", () => replace(role.of ? { title: title.value, of: role.of } : { title: title.value }, title));
    holder.addEventListener("change", () => replace(of(role.title, holder.value), holder));
    const remove = button("Remove", `role:${form.id}:${index}:remove`, () => set(entity.roles.filter((_, at) => at !== index), remove));
    remove.setAttribute("aria-label", `Remove role ${number}, ${role.title}`);
    list.append(element("li", "studio-row", labelled(`Role ${number}`, title), labelled(`Role ${number} held in`, holder), remove));
  });
  const title = textInput(`field:${form.id}:role:new:title`, "");
  const holder = choice(`field:${form.id}:role:new:of`, inOptions, "");
  const add = button("Add the role", `role:${form.id}:add`, () => set([...entity.roles, of(title.value, holder.value)], title));
  const adding = element("div", "studio-row", labelled("New role", title), labelled("Held in", holder), add);
  return part("Roles", ...(entity.roles.length > 0 ? [list] : [element("p", "hint", "No role yet.")]), adding);
}

/** Another entity the article names separately that is this one: its names, roles and evidence join this one's. */
function mergePart(form: ItemForm, entity: Entity): HTMLElement {
  const others = entityOptions(form).filter(([id]) => id !== entity.id);
  if (others.length === 0) return part("Merge", element("p", "hint", "There is no other entity to merge."));
  const other = choice(`field:${form.id}:merge`, others, "");
  const merge = button("Merge into this entity", `merge:${form.id}`, () => {
    const merged = labelOf(form.studio.brief, other.value);
    run(form, other, () => mergeEntities(form.studio.brief, entity.id, other.value), (edit) => `Merged ${merged} into ${labelOf(edit.brief, entity.id)}.`);
  });
  return part(
    "Merge",
    labelled("Entity that is the same as this one", other, "Its names, roles and evidence join this entity's, and every item that names it names this one."),
    merge,
  );
}
