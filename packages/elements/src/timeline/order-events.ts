import type { Event } from "@diplo-brief/core";

const dateKey = (event: Event): string | undefined => event.when?.date?.value;

// A timeline filling in slices renders many times over one brief.
const orders = new WeakMap<readonly Event[], Event[]>();

/**
 * Events in timeline order: dated events sorted by date (a year sorts before the months of
 * that year), undated events left where the article tells them. Dated events take the places
 * dated events held in article order, so the undated ones keep their neighbours.
 */
export function orderEvents(events: readonly Event[]): readonly Event[] {
  let order = orders.get(events);
  if (!order) orders.set(events, (order = sortEvents(events)));
  return order;
}

function sortEvents(events: readonly Event[]): Event[] {
  const dated = events.filter((event) => dateKey(event) !== undefined);
  const sorted = [...dated].sort((a, b) => (dateKey(a) as string).localeCompare(dateKey(b) as string));
  let next = 0;
  return events.map((event) => (dateKey(event) === undefined ? event : (sorted[next++] as Event)));
}
