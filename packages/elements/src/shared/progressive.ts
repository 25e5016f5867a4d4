import { isServer, type ReactiveController, type ReactiveElement } from "lit";

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

  /** The part of `items` to draw in this update. */
  take<T>(items: readonly T[]): readonly T[] {
    if (items.length <= this.#limit) return items;
    this.#more = true;
    return items.slice(0, this.#limit);
  }

  hostUpdate(): void {
    this.#more = false;
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    if (this.#more) {
      this.#timer = setTimeout(() => {
        this.#limit += step;
        this.host.requestUpdate();
      });
    }
  }

  // A list left half-filled by a disconnection goes on filling when the element is back.
  hostConnected(): void {
    if (this.#more) this.hostUpdated();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
