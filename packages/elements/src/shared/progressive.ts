import { isServer, type ReactiveController, type ReactiveElement } from "lit";
import { guard } from "lit/directives/guard.js";

// Enough cards to fill a tall screen in every list; the rest come a slice per task, each slice
// small enough that a click or a key press waits at most a few frames.
const first = 24;
const step = 120;

/**
 * Draws long lists a screenful first and the rest a slice per task, so a brief of thousands of
 * items shows at once and the page answers while the rest arrive. Every item ends up in the DOM,
 * in order, so find in page, the tab order and screen readers meet all of it; a list that is
 * still filling says so with `aria-busy`. One limit serves every list of its host; `restart()`
 * brings it back to a screenful when what the lists show changes.
 *
 * The server and hydration draw everything at once: the server has no later tasks, and
 * hydration must find the markup the server wrote.
 */
export class Progressive implements ReactiveController {
  #limit: number;
  #more = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveElement) {
    this.#limit = isServer || host.shadowRoot ? Infinity : first;
    host.addController(this);
  }

  /** Back to a screenful, for a new brief; not on the first update, which may be hydrating. */
  restart(): void {
    if (this.host.hasUpdated) this.#limit = first;
  }

  /**
   * The part of `items` to draw in this update, in the slices it was drawn in (a screenful, then
   * one slice per task), each `guard`ed: a slice already drawn is not walked again unless `same`
   * (what the items' rendering depends on besides the items) or `key(slice)` changed, so each
   * task only draws its own slice.
   */
  draw<T>(items: readonly T[], same: readonly unknown[], render: (item: T) => unknown, key?: (slice: readonly T[]) => unknown): unknown[] {
    const end = Math.min(items.length, this.#limit);
    if (end < items.length) this.#more = true;
    const slices: unknown[] = [];
    for (let start = 0; start < end; start = start === 0 ? first : start + step) {
      const slice = items.slice(start, Math.min(end, start === 0 ? first : start + step));
      slices.push(guard([...same, slice[0], slice.length, key?.(slice)], () => slice.map(render)));
    }
    return slices;
  }

  /** Whether `items` is longer than what is drawn so far: the list's `aria-busy`. */
  short(items: readonly unknown[]): boolean {
    return items.length > this.#limit;
  }

  hostUpdate(): void {
    this.#more = false;
  }

  // One timer at a time, and none while detached: another controller's update must not put this
  // one's next slice off, and a detached element draws nothing more until it is back.
  hostUpdated(): void {
    if (!this.#more || this.#timer !== undefined || !this.host.isConnected) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#limit += step;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
