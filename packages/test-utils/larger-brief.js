// A valid brief with every list `times` as long as the given one's, for tests of long lists.
// Each copy of an item gets the id `<id>.<n>` and keeps pointing at the originals it refers to,
// so references stay valid and the evidence stays the article's own.

/**
 * @param {import("@diplo-brief/core").Brief} brief
 * @param {number} times
 * @returns {import("@diplo-brief/core").Brief}
 */
export function largerBrief(brief, times) {
  /** @template {{ id: string }} T @param {readonly T[]} items @returns {T[]} */
  const repeat = (items) =>
    Array.from({ length: times }, (_, n) => items.map((item) => (n === 0 ? item : { ...structuredClone(item), id: `${item.id}.${n}` }))).flat();
  const copy = structuredClone(brief);
  return { ...copy, entities: repeat(copy.entities), issues: repeat(copy.issues), quotes: repeat(copy.quotes), events: repeat(copy.events) };
}
