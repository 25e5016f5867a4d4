/** A list of plain-text items: whatever the strings hold is shown as text, never parsed as markup. */
export function list(items: readonly string[]): HTMLUListElement {
  const ul = document.createElement("ul");
  for (const text of items) ul.append(Object.assign(document.createElement("li"), { textContent: text }));
  return ul;
}

export function paragraph(text: string, className = ""): HTMLParagraphElement {
  return Object.assign(document.createElement("p"), { textContent: text, className });
}
