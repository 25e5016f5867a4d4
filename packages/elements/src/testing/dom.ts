import type { Brief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import type { LitElement } from "lit";

/** A fresh, mutable copy of the seed brief, typed loosely for tests that corrupt it on purpose. */
export function seed(): Brief {
  return structuredClone(blinkenBeijing);
}

const isLit = (node: Element): node is LitElement => "updateComplete" in node;

/** Every element in `root`, looking into open shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll("*")) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Waits until `element` and every Lit element inside it have finished updating. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = [element, ...deepElements(element.shadowRoot ?? element)].filter(isLit);
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    if (results.every(Boolean)) return;
  }
}

/** The text a reader sees in `element`, its shadow roots included, in document order. */
export function deepText(node: Node): string {
  if (node instanceof Element && node.shadowRoot) return deepText(node.shadowRoot);
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
  let text = "";
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** The first element matching `selector` anywhere inside `root`, shadow roots included. */
export function deepQuery<E extends Element = HTMLElement>(root: Element, selector: string): E | undefined {
  return deepElements(root.shadowRoot ?? root).find((el) => el.matches(selector)) as E | undefined;
}

export function deepQueryAll<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return deepElements(root.shadowRoot ?? root).filter((el) => el.matches(selector)) as E[];
}

/** Every `name` event on `element` from now on, as it comes. */
export function collect<T>(element: Element, name: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  element.addEventListener(name, (event) => events.push(event as CustomEvent<T>));
  return events;
}

/** Resolves with the next `name` event on `target`. */
export function nextEvent<T>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (event) => resolve(event as CustomEvent<T>), { once: true }));
}

/** Adds `html` to the page in a fresh container, removed by `cleanup()`. */
export function mount<E extends Element = HTMLElement>(markup: string): E {
  const container = document.createElement("div");
  container.dataset.testContainer = "";
  container.innerHTML = markup;
  document.body.append(container);
  return container.firstElementChild as E;
}

export function cleanup(): void {
  for (const container of document.querySelectorAll("[data-test-container]")) container.remove();
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a control says it does, without the visually hidden name of the item it acts on. */
export const actionOf = (button: Element | undefined): string =>
  [...(button?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join("")
    .trim();
