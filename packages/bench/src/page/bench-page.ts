// Runs inside the benchmark page, bundled by esbuild at bench time. The page loads the CDN build
// of the elements and vis-timeline's standalone build as a visitor's browser would; this module
// only times them. Every timer starts and stops inside the page, so Playwright's round trips are
// never part of a figure.
import type { Brief, Event } from "@diplo-brief/core";
import type { DiploBrief, DiploTimeline } from "@diplo-brief/elements";

/** What the page exposes to run.ts, as `window.diploBench`. */
export interface BenchPage {
  /** Fetches the named briefs (`<name>.json` next to the page) so no timing includes the network. */
  load(names: readonly string[]): Promise<void>;
  /**
   * ms from setting `.brief` on a connected `<diplo-brief>` until it and every element inside it
   * have updated (the first screen: long lists draw the rest in later tasks), `laidOutMs` until
   * the page has then also computed style and layout, `filledMs` until every list has all its
   * items (no `aria-busy` left), updated and laid out, and `longestTaskMs`, the longest task the
   * main thread ran in that time (0 when none reached the 50 ms a long task starts at).
   */
  firstScreen(name: string): Promise<Timing & Filling & { laidOutMs: number }>;
  /** The same as the first `ms` and `laidOutMs`, from setting `.selected` on the `<diplo-brief>` already showing all of `name`. */
  selection(name: string): Promise<Timing & { laidOutMs: number }>;
  /** ms from setting `.brief` on a `<diplo-timeline>` until it has updated and the page has laid it out; `filledMs` and `longestTaskMs` as for the first screen. */
  ourTimeline(name: string): Promise<Timing & Filling>;
  /**
   * ms from `new vis.Timeline(...)` with the brief's events until the timeline's first `changed`
   * event, and how much of it was spent waiting for an animation frame (vis-timeline draws in one).
   */
  visTimeline(name: string): Promise<Timing & { frameWaitMs: number }>;
  /** How long the last first screen's wait for updates spent finding elements, in how many searches: overhead inside its figure. */
  walkCost(): { ms: number; walks: number };
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

interface Updatable extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly isUpdatePending: boolean;
  readonly hasUpdated: boolean;
}

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

const isUpdatable = (element: Element): element is Updatable => "updateComplete" in element;

/**
 * Checked after the timer stops: an element that refused the brief would draw an error panel
 * quickly, and a figure for that would flatter us.
 */
function expectCards(element: Updatable, tag: string, expected: number): void {
  const root = element.shadowRoot;
  const error = root?.querySelector('[part~="error"]');
  if (error) throw new Error(`<${element.localName}> shows an error: ${error.textContent?.trim().slice(0, 300) ?? ""}`);
  const found = root ? litElementsIn(root, []).filter((e) => e.localName === tag).length : 0;
  if (found !== expected) throw new Error(`<${element.localName}> drew ${found} <${tag}>, expected ${expected}`);
}

// Only custom elements can be Lit elements; naming the tags lets the browser filter natively
// instead of this script visiting every node of 10,000 cards twice per measurement.
const tags = ["diplo-brief", "diplo-entity-card", "diplo-quote-card", "diplo-issue-card", "diplo-event-card", "diplo-timeline"].join(",");

function litElementsIn(root: ParentNode, into: Updatable[]): Updatable[] {
  for (const element of root.querySelectorAll(tags)) {
    if (!isUpdatable(element)) continue;
    into.push(element);
    if (element.shadowRoot) litElementsIn(element.shadowRoot, into);
  }
  return into;
}

/** Time the last wait spent finding elements: overhead inside the figure, reported beside it. */
let walking = { ms: 0, walks: 0 };
/** The same for the last first screen, the figure the note reports it for. */
let firstScreenWalk = walking;

/**
 * Resolves once `top` and every Lit element inside it have finished updating. Nested elements
 * are created by their parents' renders and update in later microtasks, so after each wave the
 * shadow roots of the elements that just updated are searched again; a search that finds
 * nothing pending ends it (an element can only appear during a render, and every finished
 * render's elements were in a search).
 */
async function settle(top: Updatable): Promise<void> {
  await top.updateComplete;
  walking = { ms: 0, walks: 0 };
  let roots: ParentNode[] = top.shadowRoot ? [top.shadowRoot] : [];
  while (roots.length > 0) {
    const start = performance.now();
    const found = roots.flatMap((root) => litElementsIn(root, []));
    const pending = found.filter((element) => !element.hasUpdated || element.isUpdatePending);
    walking = { ms: walking.ms + performance.now() - start, walks: walking.walks + 1 };
    if (pending.length === 0) return;
    await Promise.all(pending.map((element) => element.updateComplete));
    roots = pending.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
  }
}

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    // A message, not setTimeout, which browsers clamp to 4 ms once nested.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

// Lists that fill live in <diplo-brief> and <diplo-timeline>: looking there, and not into every
// card, keeps the polling cheap, since its cost lands inside the figure.
const busyIn = (top: Updatable): boolean =>
  [top, ...(top.shadowRoot?.querySelectorAll("diplo-timeline") ?? [])].some((element) => element.shadowRoot?.querySelector('[aria-busy="true"]'));

/**
 * Resolves once every list inside `top` has all its items, each updated, and the page laid out;
 * with the ms since `start` and the longest task the page ran meanwhile.
 */
async function filled(top: Updatable, start: number): Promise<Filling> {
  let longestTaskMs = 0;
  // A task that was under way at `start` counts: the first screen's own task began before it.
  const note = (entries: PerformanceEntryList): void => {
    for (const entry of entries) if (entry.startTime + entry.duration > start) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ type: "longtask", buffered: true });
  // Each slice is drawn in a task of its own, its elements updated before the next task starts.
  while (busyIn(top)) await nextTask();
  await settle(top);
  void top.offsetHeight;
  const filledMs = performance.now() - start;
  // Long tasks are reported after they end, in a later task.
  await nextTask();
  note(observer.takeRecords());
  observer.disconnect();
  return { filledMs, longestTaskMs };
}

/**
 * A copy of the brief, made before the timer starts: the elements cache their validation verdict
 * per object, and a first screen with a cached verdict would not be a first screen.
 */
const fresh = (name: string): Brief => structuredClone(briefOf(name));

async function connect<T extends Updatable>(tag: string): Promise<T> {
  const element = document.createElement(tag) as T;
  stage.append(element);
  await element.updateComplete;
  return element;
}

/**
 * A new `tag` alone on the stage, given a copy of brief `name` at `start`, once it and every
 * element inside it have updated.
 */
async function showBrief<T extends Updatable & { brief?: Brief }>(tag: string, name: string): Promise<{ element: T; start: number }> {
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
    const { element, start } = await showBrief<DiploBrief & Updatable>("diplo-brief", name);
    const ms = performance.now() - start;
    firstScreenWalk = walking;
    void element.offsetHeight;
    const laidOutMs = performance.now() - start;
    const filling = await filled(element, start);
    expectCards(element, "diplo-quote-card", briefOf(name).quotes.length);
    shown = { name, element };
    return { ms, laidOutMs, ...filling };
  },

  async selection(name) {
    if (shown?.name !== name) {
      const { element, start } = await showBrief<DiploBrief & Updatable>("diplo-brief", name);
      await filled(element, start);
      shown = { name, element };
    }
    const element = shown.element as DiploBrief & Updatable;
    if (element.selected !== undefined) {
      element.selected = undefined;
      await settle(element);
    }
    // Any layout still owed by the setup is paid now, not inside the selection's figure.
    void element.offsetHeight;
    const id = busiestSpeaker(briefOf(name));
    const start = performance.now();
    element.selected = id;
    await settle(element);
    const ms = performance.now() - start;
    void element.offsetHeight;
    const laidOutMs = performance.now() - start;
    if (!element.shadowRoot?.querySelector("[part~=filter][data-active]")) throw new Error(`selecting ${id} did not filter the brief`);
    return { ms, laidOutMs };
  },

  async ourTimeline(name) {
    const { element, start } = await showBrief<DiploTimeline & Updatable>("diplo-timeline", name);
    // vis-timeline's `changed` comes after it has measured its DOM, which forces a layout; reading
    // a size here makes ours pay for style and layout too.
    void element.offsetHeight;
    const ms = performance.now() - start;
    const filling = await filled(element, start);
    expectCards(element, "diplo-event-card", briefOf(name).events.length);
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

  walkCost() {
    return firstScreenWalk;
  },

  clear,
};
