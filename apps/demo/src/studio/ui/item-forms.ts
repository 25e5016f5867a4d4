import type { Brief } from "@diplo-brief/core";
import { findItem } from "../model/index.js";
import { entityForm } from "./entity-form.js";
import { eventForm } from "./event-form.js";
import { evidencePart } from "./evidence-list.js";
import type { ItemForm } from "./form-controls.js";
import { issueForm } from "./issue-form.js";
import { quoteForm } from "./quote-form.js";

/** The chosen item's form, by its kind, and the evidence every kind has. Each field saves as it changes: there is no Save button. */
export function itemForm(form: ItemForm, brief: Brief): HTMLElement[] {
  const found = findItem(brief, form.id);
  if (!found) return [];
  const fields = ((): HTMLElement[] => {
    switch (found.collection) {
      case "entities":
        return entityForm(form, brief.entities[found.index] as Brief["entities"][number]);
      case "quotes":
        return quoteForm(form, brief.quotes[found.index] as Brief["quotes"][number]);
      case "events":
        return eventForm(form, brief.events[found.index] as Brief["events"][number]);
      case "issues":
        return issueForm(form, brief.issues[found.index] as Brief["issues"][number]);
    }
  })();
  return [...fields, evidencePart(form, found.item.evidence)];
}
