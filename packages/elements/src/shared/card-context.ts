import type { Brief, Evidence } from "@diplo-brief/core";
import type { TemplateResult } from "lit";
import type { DiploStringKey } from "./strings.js";

/** An item that rests on evidence: every card's item. */
export interface Grounded {
  readonly id: string;
  readonly evidence: readonly Evidence[];
}

/**
 * Everything drawing a card needs besides its item, as one object: its host builds it once per
 * change of any of it (see `sameContext`), so a list of cards is guarded by this object alone and
 * no input can be forgotten from a dependency list.
 */
export interface CardContext {
  readonly brief: Brief;
  readonly t: (key: DiploStringKey, values?: Record<string, string | number>) => string;
  /** The language dates are formatted in (the page's). */
  readonly locale: string;
  /** The article's language, for its words in the cards; the page's language holds the UI's. */
  readonly lang: string;
  /** The heading level of a card's title. */
  readonly level: number;
  readonly compact: boolean;
  /** Draws the control that shows an item's evidence; `name` says which item it acts on. */
  readonly evidence: (item: Grounded, name: string) => TemplateResult;
  /** The note for an item `verifyBrief` rejects, by id: nothing until it has run, or for an item it accepts. */
  readonly unverified: (id: string) => unknown;
}




/**
 * Keeps one context while what it is made from stays the same (compared one by one, by
 * identity), and makes a new one when anything changes: the one object a host's lists are guarded by.
 */
export class ContextCache {
  #inputs: readonly unknown[] = [];
  #context: CardContext | undefined;

  get(inputs: readonly unknown[], make: () => CardContext): CardContext {
    if (!this.#context || inputs.length !== this.#inputs.length || inputs.some((input, i) => !Object.is(input, this.#inputs[i]))) {
      this.#inputs = inputs;
      this.#context = make();
    }
    return this.#context;
  }
}
