import type { Brief, Evidence } from "@diplo-brief/core";
import { consequencesOfDelete, deleteItem, type ItemProblem, labelOf, progress } from "../model/index.js";
import { confirmAction } from "./confirm-dialog.js";
import { button, element, scrollBehavior } from "./dom.js";
import { keepingFocus } from "./focus.js";
import type { FormContext } from "./form-controls.js";
import { itemForm } from "./item-forms.js";
import { sections } from "./sections.js";

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * The brief's items by section. Each row chooses its item (which marks its spans in the article
 * and opens its form below the row), says whether it is reviewed and how many problems it has, and
 * offers Accept and Remove. The list is drawn afresh from the session on every change.
 */
export class ItemList {
  readonly #root: HTMLElement;
  readonly #context: FormContext;

  constructor(root: HTMLElement, context: FormContext) {
    this.#root = root;
    this.#context = context;
  }

  render(problems: ReadonlyMap<string, readonly ItemProblem[]>): void {
    const { brief } = this.#context.studio;
    this.#root.replaceChildren(
      ...sections.map(([collection, title]) => {
        const section = element("section", "studio-section");
        const heading = element("h4", "", `${title} `, element("span", "studio-count", String(brief[collection].length)));
        const rows = element("ul", "studio-items");
        for (const item of brief[collection]) rows.append(this.#row(brief, item.id, item.evidence, problems.get(item.id) ?? []));
        section.append(heading, brief[collection].length > 0 ? rows : element("p", "hint", "None yet."));
        return section;
      }),
    );
  }

  /** Scrolls the chosen item's row into view, as the page's own scrolling allows. */
  revealChosen(): void {
    const chosen = this.#context.studio.selected;
    const row = chosen === undefined ? null : this.#root.querySelector<HTMLElement>(`[data-id="${CSS.escape(chosen)}"]`);
    row?.scrollIntoView({ block: "nearest", behavior: scrollBehavior() });
  }

  #row(brief: Brief, id: string, evidence: readonly Evidence[], problems: readonly ItemProblem[]): HTMLElement {
    const { studio } = this.#context;
    const label = labelOf(brief, id);
    const chosen = studio.selected === id;
    const accepted = studio.session.accepted.includes(id);
    const row = element("li", `studio-item${chosen ? " chosen" : ""}${accepted ? " accepted" : ""}`);
    row.dataset.id = id;

    const choose = button(label, `choose:${id}`, () => {
      studio.select(chosen ? undefined : id);
      if (!chosen) this.#context.reveal(evidence);
    }, "studio-choose");
    choose.setAttribute("aria-expanded", String(chosen));
    const state = element("span", "studio-state", accepted ? "Accepted" : "Not reviewed");
    state.id = `state-${id}`;
    const described = [state.id];
    const head = element("div", "studio-item-head", choose, state);
    if (problems.length > 0) {
      const count = element("span", "studio-problem-count", plural(problems.length, "problem", "problems"));
      count.id = `problem-count-${id}`;
      described.push(count.id);
      head.append(count);
    }
    choose.setAttribute("aria-describedby", described.join(" "));
    const actions = element("span", "studio-item-actions");
    if (!accepted) {
      const accept = button("Accept", `accept:${id}`, () => this.#accept(id), "");
      accept.setAttribute("aria-label", `Accept ${label}`);
      actions.append(accept);
    }
    const remove = button("Remove", `remove:${id}`, () => void this.#remove(id));
    remove.setAttribute("aria-label", `Remove ${label}`);
    actions.append(remove);
    head.append(actions);
    row.append(head);

    if (chosen) {
      const detail = element("div", "studio-item-detail");
      detail.id = `detail-${id}`;
      choose.setAttribute("aria-controls", detail.id);
      if (problems.length > 0) {
        const list = element("ul", "studio-problems panel bad");
        for (const problem of problems) list.append(element("li", "", problem.message));
        list.setAttribute("aria-label", `Problems of ${label}`);
        detail.append(list);
      }
      detail.append(...itemForm({ ...this.#context, id }, brief));
      row.append(detail);
    }
    return row;
  }

  /** Ids of every item in list order, for finding a neighbour to move focus to. */
  #order(): string[] {
    const { brief } = this.#context.studio;
    return sections.flatMap(([collection]) => brief[collection].map((item) => item.id));
  }

  #accept(id: string): void {
    const { studio, announcer } = this.#context;
    const order = this.#order();
    // The review goes on from here: the next item still to review, then any before this one.
    const after = [...order.slice(order.indexOf(id) + 1), ...order.slice(0, order.indexOf(id))];
    keepingFocus(() => studio.accept(id), [...after.filter((other) => !studio.session.accepted.includes(other)).map((other) => `accept:${other}`), `choose:${id}`]);
    const { reviewed, total } = progress(studio.session);
    announcer.say(`Accepted ${labelOf(studio.brief, id)}.`, `${reviewed} of ${total} reviewed.`);
  }

  async #remove(id: string): Promise<void> {
    const { studio, announcer } = this.#context;
    const label = labelOf(studio.brief, id);
    const consequences = consequencesOfDelete(studio.brief, id);
    if (consequences.length > 0 && !(await confirmAction(`Remove ${label}?`, consequences, "Remove"))) return;
    const order = this.#order();
    const at = order.indexOf(id);
    const neighbours = [...order.slice(at + 1), ...order.slice(0, at).reverse()].map((other) => `choose:${other}`);
    const removed = `Removed ${label}.`;
    const edit = keepingFocus(() => studio.edit((brief) => deleteItem(brief, id), () => removed), [...neighbours, "items"]);
    announcer.say(removed, ...edit.effects, "Undo brings it back.");
  }
}
