import type { ClaimsReport, Dropped, DropCode, MatchKind } from "@diplo-brief/core";

/** A brief's item collections, as `groundClaims` counts them. */
export type Collection = keyof ClaimsReport["claimed"];
type PerCollection = Readonly<Record<Collection, number>>;

/** What grounding did to one answer (or, summed, to several), in counts that add up. */
export interface GroundingTally {
  readonly claimed: PerCollection;
  readonly kept: PerCollection;
  /** Items the report lists as dropped whole: with `kept`, they make `claimed` when the report accounts for every item. */
  readonly droppedItems: PerCollection;
  /** Spans of the grounded brief located from the claims' excerpts, by how they were found. */
  readonly matched: Readonly<Record<MatchKind, number>>;
  /** Spans grounding added from the article's own words to mend an item. */
  readonly mended: number;
  /** Every entry of the report's dropped list (whole items, excerpts and fields), by code. */
  readonly droppedByCode: Readonly<Partial<Record<DropCode, number>>>;
}

// groundClaims reports an item it drops whole at the item itself: `[collection, index]`.
const dropsWholeItem = (dropped: Dropped): boolean => dropped.path.length === 2;

const zeroCollections = (report: ClaimsReport): Record<Collection, number> =>
  Object.fromEntries(Object.keys(report.claimed).map((collection) => [collection, 0])) as Record<Collection, number>;

/** The tally of one `groundClaims` report. */
export function tallyReport(report: ClaimsReport): GroundingTally {
  const droppedItems = zeroCollections(report);
  const items = new Map<string, Collection>();
  for (const { path } of report.dropped.filter(dropsWholeItem)) items.set(`${String(path[0])}/${String(path[1])}`, path[0] as Collection);
  for (const collection of items.values()) droppedItems[collection] += 1;
  const droppedByCode: Partial<Record<DropCode, number>> = {};
  for (const { code } of report.dropped) droppedByCode[code] = (droppedByCode[code] ?? 0) + 1;
  return { claimed: report.claimed, kept: report.kept, droppedItems, matched: report.matched, mended: report.mended, droppedByCode };
}

/** Counts summed key by key; a key only one side has counts as 0 on the other. */
export function addRecords<K extends string>(a: Readonly<Partial<Record<K, number>>>, b: Readonly<Partial<Record<K, number>>>): Partial<Record<K, number>> {
  const sum: Partial<Record<K, number>> = { ...a };
  for (const key of Object.keys(b) as K[]) sum[key] = (sum[key] ?? 0) + (b[key] ?? 0);
  return sum;
}

const addTallies = (a: GroundingTally, b: GroundingTally): GroundingTally => ({
  claimed: addRecords(a.claimed, b.claimed) as PerCollection,
  kept: addRecords(a.kept, b.kept) as PerCollection,
  droppedItems: addRecords(a.droppedItems, b.droppedItems) as PerCollection,
  matched: addRecords(a.matched, b.matched) as Record<MatchKind, number>,
  mended: a.mended + b.mended,
  droppedByCode: addRecords(a.droppedByCode, b.droppedByCode),
});

/** Tallies summed, as the overall row. */
export function totalTally(tallies: readonly GroundingTally[]): GroundingTally {
  if (tallies.length === 0) throw new Error("no tallies to add up");
  return tallies.reduce(addTallies);
}
