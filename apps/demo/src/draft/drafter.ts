/** `@diplo-brief/draft`, with wink-nlp and its English model: about 1 MB gzip, so no other page loads it. */
export type Drafter = typeof import("@diplo-brief/draft");
/** Its `html` entry: Readability, to take the article out of a web page, on top of the drafter. */
export type HtmlDrafter = typeof import("@diplo-brief/draft/html");

export interface Loaded<T> {
  readonly module: T;
  /** How long fetching and evaluating the module took, in milliseconds. */
  readonly ms: number;
}

/** A module loaded on first use, once; a load that failed (offline, say) is tried again on the next. */
export class LazyModule<T> {
  readonly #load: () => Promise<T>;
  #pending: Promise<Loaded<T>> | undefined;
  /** Set once it has loaded. */
  loaded: Loaded<T> | undefined;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  load(): Promise<Loaded<T>> {
    if (!this.#pending) {
      const start = performance.now();
      this.#pending = this.#load().then(
        (module) => (this.loaded = { module, ms: performance.now() - start }),
        (error: unknown) => {
          this.#pending = undefined;
          throw error;
        },
      );
    }
    return this.#pending;
  }
}

export const drafter = new LazyModule<Drafter>(() => import("@diplo-brief/draft"));
export const htmlDrafter = new LazyModule<HtmlDrafter>(() => import("@diplo-brief/draft/html"));

/** Whether the reader asked their browser to save data (Chromium's Network Information API). */
function savingData(): boolean {
  const connection: unknown = Reflect.get(navigator, "connection");
  return typeof connection === "object" && connection !== null && Reflect.get(connection, "saveData") === true;
}

/**
 * Runs `load` once the page is idle, so the drafter is usually ready by the time the reader has
 * pasted an article, and the page drafts offline from then on. A reader saving data loads it only
 * when they press Draft. Safari has no `requestIdleCallback`: there it waits for the load event.
 */
export function whenIdle(load: () => void): void {
  if (savingData()) return;
  if ("requestIdleCallback" in window) requestIdleCallback(load, { timeout: 5000 });
  else if (document.readyState === "complete") setTimeout(load);
  else addEventListener("load", () => setTimeout(load), { once: true });
}

/**
 * A module of the drafter, loaded if it is not yet, telling `say` meanwhile: "Loading the
 * drafter…" (busy), then that it is ready, or nothing if it failed (the caller says why).
 */
export async function readyWithStatus<T>(lazy: LazyModule<T>, say: (message: string, busy?: boolean) => void): Promise<Loaded<T>> {
  if (lazy.loaded) return lazy.loaded;
  say("Loading the drafter…", true);
  try {
    const loaded = await lazy.load();
    say("The drafter is ready. It runs in this browser: the article is not sent anywhere.");
    return loaded;
  } catch (error) {
    say("");
    throw error;
  }
}
