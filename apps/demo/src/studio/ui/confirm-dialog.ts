import { list } from "../../dom.js";
import { element } from "./dom.js";

/**
 * Asks before something that takes more than it seems, saying what ("The quote by Hua Chunying
 * goes too."), in a modal dialog: focus moves into it, Escape cancels, and focus returns to the
 * button that asked. Resolves to whether the person confirmed.
 */
export function confirmAction(question: string, details: readonly string[], action: string): Promise<boolean> {
  const dialog = document.createElement("dialog");
  dialog.className = "studio-dialog";
  const heading = Object.assign(document.createElement("h2"), { id: "confirm-heading", textContent: question });
  dialog.setAttribute("aria-labelledby", heading.id);
  const detailList = list(details);
  detailList.id = "confirm-details";
  dialog.setAttribute("aria-describedby", detailList.id);
  const confirm = Object.assign(document.createElement("button"), { type: "button", textContent: action, className: "danger" });
  const cancel = Object.assign(document.createElement("button"), { type: "button", textContent: "Cancel", className: "secondary" });
  dialog.append(heading, detailList, element("div", "toolbar", confirm, cancel));
  document.body.append(dialog);
  return new Promise((resolve) => {
    confirm.addEventListener("click", () => dialog.close("confirm"));
    cancel.addEventListener("click", () => dialog.close("cancel"));
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue === "confirm");
    });
    dialog.showModal();
    // The safe choice has focus first: Enter alone never takes anything away.
    cancel.focus();
  });
}
