/**
 * The parts of the studio redraw from the session after every change, so a control that had focus
 * is replaced by a new one. Each control that can be focused carries `data-key`, the same for its
 * successor ("accept:qin-gang"); after a redraw, focus goes back to the control with the key it had,
 * or to the first of `fallbacks` that exists, so a keyboard user never lands on the page's top.
 */
function keyOf(element: Element | null): string | undefined {
  return element instanceof HTMLElement ? element.dataset.key : undefined;
}

export function withKey<T extends HTMLElement>(element: T, key: string): T {
  element.dataset.key = key;
  return element;
}

/** Runs `task`, which may redraw, then puts focus back where it was if the redraw took it away. */
export function keepingFocus<T>(task: () => T, fallbacks: readonly string[] = []): T {
  const key = keyOf(document.activeElement);
  const result = task();
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) focusFirst([...(key === undefined ? [] : [key]), ...fallbacks]);
  return result;
}

/** Focuses the first control there is of those keys; whether one was found. */
export function focusFirst(keys: readonly string[]): boolean {
  for (const key of keys) {
    const control = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (control && !control.closest("[hidden]")) {
      control.focus();
      return true;
    }
  }
  return false;
}
