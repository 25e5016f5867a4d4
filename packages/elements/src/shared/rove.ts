/** A list's controls that can take its tab stop now: drawn, shown and enabled. */
export const roveItem = "[data-rove]";
export const usable = (element: HTMLElement): boolean => !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0;

/** Gives `target` its list's one tab stop. */
export function enter(list: HTMLElement, target: HTMLElement): void {
  for (const control of list.querySelectorAll<HTMLElement>(`${roveItem}[tabindex="0"]`)) control.tabIndex = -1;
  target.tabIndex = 0;
}

const steps: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * Moves focus within the list of `from` for a key already taken (its default prevented): the
 * arrows by one (left and right as the text runs, so reversed in right-to-left), Home and End
 * to the ends. Loaded on demand: only a key press needs it.
 */
export function rove(from: HTMLElement, key: string): void {
  const list = from.closest<HTMLElement>("[data-roving]");
  if (!list) return;
  const controls = [...list.querySelectorAll<HTMLElement>(roveItem)].filter(usable);
  const at = controls.indexOf(from);
  let step = steps[key] ?? 0;
  if (/^Arrow(Left|Right)$/.test(key) && getComputedStyle(list).direction === "rtl") step = -step;
  const target = controls[key === "Home" ? 0 : key === "End" ? controls.length - 1 : Math.min(Math.max(at + step, 0), controls.length - 1)];
  if (!target) return;
  enter(list, target);
  target.focus();
}
