import type { Event } from "@diplo-brief/core";

export interface TimelineLayout {
  /** Events with a date, in date order (a year sorts before the months of that year), stable. */
  readonly dated: readonly Event[];
  /** Events without one, in article order: never placed among dated ones as if their order were known. */
  readonly undated: readonly Event[];
  /** The year to show before a dated event, for the first event of each year. */
  readonly years: ReadonlyMap<string, string>;
}

const dateOf = (event: Event): string | undefined => event.when?.date?.value;

// A timeline filling in slices renders many times over one list of events.
const layouts = new WeakMap<readonly Event[], TimelineLayout>();

/** Splits events into a dated axis and an undated list. */
export function layoutTimeline(events: readonly Event[]): TimelineLayout {
  let layout = layouts.get(events);
  if (!layout) {
    const dated = events.filter((event) => dateOf(event) !== undefined).sort((a, b) => (dateOf(a) as string).localeCompare(dateOf(b) as string));
    const years = new Map<string, string>();
    let year = "";
    for (const event of dated) {
      const next = (dateOf(event) as string).slice(0, 4);
      if (next !== year) years.set(event.id, (year = next));
    }
    layout = { dated, undated: events.filter((event) => dateOf(event) === undefined), years };
    layouts.set(events, layout);
  }
  return layout;
}
