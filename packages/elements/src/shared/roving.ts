import type { ReactiveController, ReactiveElement } from "lit";
import { onDemand } from "../evidence/load-on-demand.js";
import { roveItem } from "./rove.js";

const keys = /^(Arrow(Up|Down|Left|Right)|Home|End)$/;

/**
 * One tab stop per list. Every list marked `data-roving` in the host's shadow root keeps one of
 * its `data-rove` controls in the tab order (the last one used, or the first one shown); the arrow
 * keys move between them, Home and End go to the ends. Controls are drawn with tabindex -1; this
 * controller moves the 0. The keys' code comes with the on-demand module, on the first press.
 */
export class Roving implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** The keydown listener for the host's content: it acts on keys pressed on a list's control. */
  readonly keydown = (event: KeyboardEvent): void => {
    const from = event.target as HTMLElement;
    if (!keys.test(event.key) || event.altKey || event.ctrlKey || event.metaKey || !from.matches?.(roveItem)) return;
    event.preventDefault();
    void onDemand().then(({ rove }) => rove(from, event.key));
  };

  // After each update, a list whose tab stop is gone (its item drawn again, or a new list) gets
  // its first control as the stop; a list that still has one is left alone, so this is cheap.
  // Lists hidden whole (the full lists while an entity is chosen) take no focus anyway.
  hostUpdated(): void {
    for (const list of this.host.renderRoot.querySelectorAll<HTMLElement>("[data-roving]")) {
      const first = list.querySelector<HTMLElement>(roveItem);
      if (first && !list.querySelector(`${roveItem}[tabindex="0"]`)) first.tabIndex = 0;
    }
  }
}
