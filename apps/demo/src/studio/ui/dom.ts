import { withKey } from "./focus.js";

/** A button whose text is `text`; `key` lets focus find its successor after a redraw. */
export function button(text: string, key: string, onClick: () => void, className = "secondary"): HTMLButtonElement {
  const control = withKey(Object.assign(document.createElement("button"), { type: "button", textContent: text, className }), key);
  control.addEventListener("click", onClick);
  return control;
}

/**
 * A button that says it is unavailable rather than being disabled: a disabled button drops focus,
 * and the person pressing Undo until there is nothing left would be thrown to the page's top.
 */
export function setAvailable(control: HTMLButtonElement, available: boolean): void {
  control.setAttribute("aria-disabled", String(!available));
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

/** How scrolling moves: at once for a person who asked their system for reduced motion. */
export const scrollBehavior = (): ScrollBehavior => (matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");

/** Words of the article as the page shows them in running text: quoted, long ones cut in the middle. */
export function quoted(words: string, max = 80): string {
  const flat = words.replace(/\s+/g, " ").trim();
  const half = Math.floor((max - 1) / 2);
  return `“${flat.length > max ? `${flat.slice(0, half)}…${flat.slice(-half)}` : flat}”`;
}
