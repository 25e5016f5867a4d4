// Runs inside the benchmark page, bundled by esbuild at bench time. The page loads the CDN build
// of the elements (diplo-brief-all.js, see browser.ts) and vis-timeline's standalone build as a
// visitor's browser would; this module
// only times them. Every timer starts and stops inside the page, so Playwright's round trips are
// never part of a figure.
//
// `<diplo-brief>` draws every card as a template in its one shadow root: there are no nested
// elements to wait for or count, so "updated" means the element itself has no update pending, and
// cards are found as `.card[data-id]` inside its sections.
import type { Brief, Event } from "@diplo-brief/core";
import type { DiploBrief, DiploTimeline } from "@diplo-brief/elements";

/** What the page exposes to run.ts, as `window.diploBench`. */
export interface BenchPage {
  /** Fetches the named briefs (`<name>.json` next to the page) so no timing includes the network. */
  load(names: readonly string[]): Promise<void>;
  /**
   * ms from setting `.brief` on a connected `<diplo-brief>` until it has no update pending (the
   * first screen: long lists draw the rest in later tasks), `laidOutMs` until the page has then
   * also computed style and layout, `filledMs` until every list has all its cards (no `aria-busy`
   * left), updated and laid out, and `longestTaskMs`, the longest task the main thread ran in that
   * time (0 when none reached the 50 ms a long task starts at).
   */
  firstScreen(name: string): Promise<Timing & Filling & { laidOutMs: number }>;
  /**
   * The same as the first `ms` and `laidOutMs`, from a click on the name of the entity with the
   * most quotes, among the key players of the `<diplo-brief>` already showing all of `name`.
   */
  selection(name: string): Promise<Timing & { laidOutMs: number }>;
  /** ms from setting `.brief` on a `<diplo-timeline>` until it has no update pending and the page has laid it out; `filledMs` and `longestTaskMs` as for the first screen. */
  ourTimeline(name: string): Promise<Timing & Filling>;
  /**
   * ms from `new vis.Timeline(...)` with the brief's events until the timeline's first `changed`
   * event, and how much of it was spent waiting for an animation frame (vis-timeline draws in one).
   */
  visTimeline(name: string): Promise<Timing & { frameWaitMs: number }>;
  /** Removes everything drawn, so one measurement's DOM does not slow the next one's layout. */
  clear(): void;
}

export interface Timing {
  readonly ms: number;
}

export interface Filling {
  readonly filledMs: number;
  readonly longestTaskMs: number;
}

interface VisItem {
  readonly id: string;
  readonly content: string;
  readonly start: Date;
}
interface VisTimelineInstance {
  on(event: "changed", callback: () => void): void;
  destroy(): void;
}
// The standalone UMD build defines a global `vis`; only what the bench calls is typed.
declare const vis: {
  Timeline: new (container: HTMLElement, items: readonly VisItem[], options: Record<string, unknown>) => VisTimelineInstance;
};

/** What the bench times: either element, both Lit elements drawing a brief. */
type Drawn = (DiploBrief | DiploTimeline) & { brief?: Brief };

declare global {
  interface Window {
    diploBench: BenchPage;
  }
}

const briefs = new Map<string, Brief>();
const stage = document.getElementById("stage") as HTMLElement;
let shown: { name: string; element: DiploBrief } | undefined;

const briefOf = (name: string): Brief => {
  const brief = briefs.get(name);
  if (!brief) throw new Error(`brief ${name} was not loaded`);
  return brief;
};

const rootOf = (element: Drawn): ShadowRoot => {
  const root = element.shadowRoot;
  if (!root) throw new Error(`<${element.localName}> has no shadow root`);
  return root;
};

/**
 * Checked after the timer stops: an element that refused the brief would draw an error panel
 * quickly, and a figure for that would flatter us; so would one that left cards out. `where` is
 * the part of the shadow root that holds `items`' cards, each `.card[data-id]`.
 */
function expectCards(element: Drawn, where: string, items: readonly { id: string }[]): void {
  const root = rootOf(element);
  const error = root.querySelector('[part~="error"]');
  if (error) throw new Error(`<${element.localName}> shows an error: ${error.textContent?.trim().slice(0, 300) ?? ""}`);
  const container = where === "" ? root : root.querySelector(where);
  if (!container) throw new Error(`<${element.localName}> drew no ${where}`);
  const drawn = [...container.querySelectorAll<HTMLElement>(".card[data-id]")].map((card) => card.dataset.id);
  const ids = new Set(drawn);
  const missing = items.filter((item) => !ids.has(item.id));
  if (drawn.length !== items.length || missing.length > 0) {
    throw new Error(
      `<${element.localName}> drew ${drawn.length} cards in ${where || "its shadow root"}, expected ${items.length}` +
        (missing.length > 0 ? `; missing ${missing.slice(0, 5).map((item) => item.id).join(", ")}` : ""),
    );
  }
}

/** Every card of the brief, each in its section. The key players are names, drawn only once opened: no cards. */
function expectBriefCards(element: DiploBrief, brief: Brief): void {
  expectCards(element, "section#issues", brief.issues);
  expectCards(element, "section#quotes", brief.quotes);
  expectCards(element, "section#timeline", brief.events);
  if (!rootOf(element).querySelector('[part~="overview"] [part~="contents"] a')) throw new Error("<diplo-brief> drew no overview with its contents");
}

/**
 * Resolves once `element` has no update pending. `updateComplete` resolves after the update under
 * way; an update the element asks for meanwhile, as it does when a step of its own lands in a
 * microtask (verifyBrief's verdicts, the marks of a choice, once the on-demand module has
 * loaded), is awaited too: the browser could not paint between them, so the reader waits for it.
 */
async function settle(element: Drawn): Promise<void> {
  do await element.updateComplete;
  while (element.isUpdatePending);
}

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    // A message, not setTimeout, which browsers clamp to 4 ms once nested.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Resolves once `done()`, asking again after each task: for what an element draws over several tasks. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await nextTask();
}

// Every list, the timeline's included, is in the element's one shadow root: one query per task
// keeps the polling cheap, since its cost lands inside the figure.
const busyIn = (element: Drawn): boolean => Boolean(element.shadowRoot?.querySelector('[aria-busy="true"]'));

/**
 * Resolves once every list inside `element` has all its items, the element has updated and the
 * page laid out; with the ms since `start` and the longest task the page ran meanwhile.
 */
async function filled(element: Drawn, start: number): Promise<Filling> {
  let longestTaskMs = 0;
  // A task that was under way at `start` counts: the first screen's own task began before it.
  const note = (entries: PerformanceEntryList): void => {
    for (const entry of entries) if (entry.startTime + entry.duration > start) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ type: "longtask", buffered: true });
  // Each slice is drawn in a task of its own.
  while (busyIn(element)) await nextTask();
  await settle(element);
  void element.offsetHeight;
  const filledMs = performance.now() - start;
  // Long tasks are reported after they end, in a later task.
  await nextTask();
  note(observer.takeRecords());
  observer.disconnect();
  return { filledMs, longestTaskMs };
}

/**
 * A copy of the brief, made before the timer starts: the elements cache their validation and
 * verification verdicts per object, and a first screen with a cached verdict would not be a
 * first screen.
 */
const fresh = (name: string): Brief => structuredClone(briefOf(name));

async function connect<T extends Drawn>(tag: string): Promise<T> {
  const element = document.createElement(tag) as T;
  stage.append(element);
  await settle(element);
  return element;
}

/** A new `tag` alone on the stage, given a copy of brief `name` at `start`, once it has updated. */
async function showBrief<T extends Drawn>(tag: string, name: string): Promise<{ element: T; start: number }> {
  clear();
  const element = await connect<T>(tag);
  const brief = fresh(name);
  // A task of its own for the copy, so the longest task measured from `start` is not the bench's.
  await nextTask();
  const start = performance.now();
  element.brief = brief;
  await settle(element);
  return { element, start };
}

/** The entity with the most quotes: the choice a reader is likeliest to make, and one that keeps many cards to redraw. */
function busiestSpeaker(brief: Brief): string {
  const counts = new Map<string, number>();
  for (const quote of brief.quotes) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  let best = brief.entities[0]?.id ?? "";
  for (const [id, count] of counts) if (count > (counts.get(best) ?? 0)) best = id;
  return best;
}

/**
 * Checked after the timer stops: the name is pressed, the filter says what the brief shows, and
 * what shows of the quotes is the chosen speaker's alone, the whole list hidden.
 */
function expectChosen(element: DiploBrief, brief: Brief, id: string): void {
  const root = rootOf(element);
  const chip = root.querySelector(`[part~="entity"][data-entity="${CSS.escape(id)}"]`);
  const fail = (what: string): never => {
    throw new Error(`choosing ${id} ${what}`);
  };
  if (element.selected !== id || chip?.getAttribute("aria-pressed") !== "true") fail("did not press its name");
  const name = brief.entities.find((entity) => entity.id === id)?.name ?? id;
  const status = root.querySelector('[part~="filter"][data-active] [role="status"]')?.textContent ?? "";
  if (!status.includes(name)) fail(`did not filter the brief (filter says "${status}")`);
  const lists = [...root.querySelectorAll<HTMLElement>("section#quotes ul")];
  const visible = lists.filter((list) => !list.hidden).flatMap((list) => [...list.querySelectorAll<HTMLElement>(".card[data-id]")]);
  const theirs = new Set(brief.quotes.filter((quote) => quote.speaker === id).map((quote) => quote.id));
  if (lists.every((list) => !list.hidden)) fail("left the whole list of quotes showing");
  if (visible.length === 0 || visible.some((card) => !theirs.has(card.dataset.id ?? ""))) fail("did not show only their quotes");
}

const day = 86_400_000;

function startOf(value: string): Date {
  const [year = 0, month = 1, date = 1] = value.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

/**
 * vis-timeline needs a date on every item, so undated events are placed on consecutive days from
 * the article's date in article order, as run.ts's footnote says; dated events at the start of
 * their year, month or day.
 */
function visItems(brief: Brief): VisItem[] {
  const anchor = startOf(brief.article.published ?? "2000-01-01").getTime();
  let undated = 0;
  return brief.events.map((event: Event) => {
    const value = event.when?.date?.value;
    return { id: event.id, content: event.title, start: value ? startOf(value) : new Date(anchor + ++undated * day) };
  });
}

function clear(): void {
  stage.replaceChildren();
  shown = undefined;
}

window.diploBench = {
  async load(names) {
    for (const name of names) {
      if (briefs.has(name)) continue;
      const response = await fetch(`${name}.json`);
      if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
      briefs.set(name, (await response.json()) as Brief);
    }
  },

  async firstScreen(name) {
    const { element, start } = await showBrief<DiploBrief>("diplo-brief", name);
    const ms = performance.now() - start;
    void element.offsetHeight;
    const laidOutMs = performance.now() - start;
    const filling = await filled(element, start);
    expectBriefCards(element, briefOf(name));
    shown = { name, element };
    return { ms, laidOutMs, ...filling };
  },

  async selection(name) {
    if (shown?.name !== name) {
      const { element, start } = await showBrief<DiploBrief>("diplo-brief", name);
      await filled(element, start);
      shown = { name, element };
    }
    const { element } = shown;
    const brief = briefOf(name);
    const root = rootOf(element);
    if (element.selected !== undefined) {
      element.selected = undefined;
      await settle(element);
    }
    // A reader chooses by a name among the key players: the names are drawn once the players are
    // opened, which a reader does before choosing, so opening them, and drawing every name (a
    // slice per task for many), comes before the timer. The click is what `.selected` used to
    // time alone: it sets `.selected` and announces `diplo-select`.
    const players = root.querySelector<HTMLDetailsElement>('details[part~="players"]');
    if (!players) throw new Error("<diplo-brief> drew no key players");
    players.open = true;
    await until(() => root.querySelectorAll('[part~="entity"]').length === brief.entities.length);
    await settle(element);
    const id = busiestSpeaker(brief);
    const chip = root.querySelector<HTMLButtonElement>(`[part~="entity"][data-entity="${CSS.escape(id)}"]`);
    if (!chip) throw new Error(`no name to choose for ${id}`);
    // Any layout still owed by the setup is paid now, not inside the selection's figure.
    void element.offsetHeight;
    const start = performance.now();
    chip.click();
    await settle(element);
    const ms = performance.now() - start;
    void element.offsetHeight;
    const laidOutMs = performance.now() - start;
    expectChosen(element, brief, id);
    return { ms, laidOutMs };
  },

  async ourTimeline(name) {
    const { element, start } = await showBrief<DiploTimeline>("diplo-timeline", name);
    // vis-timeline's `changed` comes after it has measured its DOM, which forces a layout; reading
    // a size here makes ours pay for style and layout too.
    void element.offsetHeight;
    const ms = performance.now() - start;
    const filling = await filled(element, start);
    expectCards(element, "", briefOf(name).events);
    return { ms, ...filling };
  },

  async visTimeline(name) {
    clear();
    const container = document.createElement("div");
    container.className = "vis-stage";
    stage.append(container);
    const items = visItems(briefOf(name));
    let timeline: VisTimelineInstance | undefined;
    let constructed = 0;
    let frame = Number.NaN;
    const start = performance.now();
    // Registered before vis-timeline's own, so it runs first in the frame vis-timeline draws in:
    // the gap between construction and this callback is waiting, not vis-timeline's work.
    requestAnimationFrame(() => {
      frame = performance.now();
    });
    const ms = await new Promise<number>((resolve, reject) => {
      let done = false;
      try {
        timeline = new vis.Timeline(container, items, {});
        constructed = performance.now();
        // vis-timeline also emits `changed` inside its constructor, before it has any items: the
        // first one after the constructor returns is the first with the items drawn.
        timeline.on("changed", () => {
          if (done) return;
          done = true;
          resolve(performance.now() - start);
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    timeline?.destroy();
    return { ms, frameWaitMs: Number.isFinite(frame) ? Math.max(0, frame - constructed) : 0 };
  },

  clear,
};
