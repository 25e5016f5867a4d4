import type { Evidence } from "@diplo-brief/core";
import { labelOf, removeEvidence } from "../model/index.js";
import { button, element, quoted } from "./dom.js";
import { type ItemForm, part, run } from "./form-controls.js";

/**
 * The spans of the article an item rests on, each with a way to it in the article and, while
 * there is more than one, a way to remove it: an item keeps at least one.
 */
export function evidencePart(form: ItemForm, evidence: readonly Evidence[]): HTMLElement {
  const list = element("ol", "studio-evidence");
  evidence.forEach((span, index) => {
    const number = index + 1;
    const show = button("Show", `evidence:${form.id}:${index}:show`, () => form.reveal([span]));
    show.setAttribute("aria-label", `Show span ${number} in the article`);
    const item = element("li", "", element("span", "studio-words", quoted(span.text, 160)), show);
    if (evidence.length > 1) {
      const remove = button("Remove", `evidence:${form.id}:${index}:remove`, () =>
        run(form, remove, () => removeEvidence(form.studio.brief, form.id, index), (edit) => `Removed span ${number} from ${labelOf(edit.brief, form.id)}.`),
      );
      remove.setAttribute("aria-label", `Remove span ${number}`);
      item.append(remove);
    }
    list.append(item);
  });
  return part(
    "Evidence",
    list,
    element("p", "hint", "To add a span, select its words in the article, then “As evidence” below the article."),
  );
}
