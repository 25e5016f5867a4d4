/** Something that stops the article being drafted, and the field to fix, where there is one. */
export interface FormProblem {
  readonly message: string;
  readonly field?: HTMLElement | undefined;
}

/**
 * The error summary beside the form: each problem a link to its field, which is marked invalid
 * and described by it, so a screen reader says what is wrong both here and at the field.
 */
export class ErrorSummary {
  readonly #panel: HTMLElement;
  readonly #list: HTMLUListElement;
  readonly #fields = new Map<HTMLElement, string | null>();

  constructor(panel: HTMLElement) {
    this.#panel = panel;
    this.#list = panel.querySelector("ul") ?? panel.appendChild(document.createElement("ul"));
  }

  /** Shows the problems and moves focus to them, so they are read out and in view. */
  show(problems: readonly FormProblem[]): void {
    this.clear();
    problems.forEach(({ message, field }, index) => {
      const item = document.createElement("li");
      item.id = `${this.#panel.id}-${index}`;
      if (field) {
        if (!this.#fields.has(field)) this.#fields.set(field, field.getAttribute("aria-describedby"));
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", [field.getAttribute("aria-describedby"), item.id].filter(Boolean).join(" "));
        const link = Object.assign(document.createElement("a"), { href: `#${field.id}`, textContent: message });
        // Following a fragment scrolls to a field without focusing it; the reader came to fix it.
        link.addEventListener("click", (event) => {
          event.preventDefault();
          field.focus();
        });
        item.append(link);
      } else item.textContent = message;
      this.#list.append(item);
    });
    this.#panel.hidden = false;
    this.#panel.focus();
  }

  clear(): void {
    for (const [field, describedBy] of this.#fields) {
      field.removeAttribute("aria-invalid");
      if (describedBy === null) field.removeAttribute("aria-describedby");
      else field.setAttribute("aria-describedby", describedBy);
    }
    this.#fields.clear();
    this.#list.replaceChildren();
    this.#panel.hidden = true;
  }
}
