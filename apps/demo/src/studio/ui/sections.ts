import type { Collection } from "../model/index.js";

/** The brief's four lists of items, in the order readers meet them in `<diplo-brief>`, with their titles there. */
export const sections: readonly (readonly [Collection, string])[] = [
  ["entities", "Key players"],
  ["issues", "Issues"],
  ["quotes", "Quotes"],
  ["events", "Events"],
];
