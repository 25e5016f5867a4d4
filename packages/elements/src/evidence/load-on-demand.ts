import type { Brief } from "@diplo-brief/core";
import { html, isServer, nothing, type ReactiveElement, unsafeCSS } from "lit";
import { sharedLit } from "./lit-shim-key.js";

export type OnDemand = typeof import("./on-demand.js");

let module: Promise<OnDemand> | undefined;

/** The on-demand module once it has loaded, for drawing what it holds. */
export let loaded: OnDemand | undefined;

/**
 * The on-demand module, loaded once. The CDN build of it has no Lit of its own: it takes this
 * file's, handed over here (see lit-shim.ts), so templates of both are drawn by one Lit.
 */
export function onDemand(): Promise<OnDemand> {
  (globalThis as Record<symbol, unknown>)[sharedLit] ??= { html, nothing, unsafeCSS };
  return (module ??= import("./on-demand.js").then(
    (value) => (loaded = value),
    (error: unknown) => {
      // Said once, plainly: what the module does (marking the article, verification) is missing
      // until the page is loaded again.
      console.error("<diplo-brief>: could not load diplo-brief-on-demand.js from beside the script:", error);
      return new Promise<never>(() => {});
    },
  ));
}

/**
 * Loads the on-demand module if need be, gives `root` its styles, then calls `then`: for a host
 * that is about to draw something the module holds.
 */
export function withOnDemand(root: Node, then: () => void): void {
  void onDemand().then(({ interactionStyles }) => {
    const sheet = interactionStyles.styleSheet;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    then();
  });
}

/**
 * The verdicts on the brief a host shows: empty at first (and on the server), then, once
 * `verifyBrief` has run, the host draws again with them.
 */
export class Verification {
  #brief: Brief | undefined;
  #unverified: ReadonlyMap<string, string> = new Map();

  constructor(private readonly host: ReactiveElement) {}

  of(brief: Brief): ReadonlyMap<string, string> {
    if (brief !== this.#brief) {
      this.#brief = brief;
      this.#unverified = new Map();
      if (!isServer) {
        // When the browser is idle, after the brief is on screen: a large brief takes verifyBrief
        // a while. With the module come the styles of the notes it draws on rejected items.
        // Within a second even on a page that is never idle; at once where there is no idle callback (Safari).
        (globalThis.requestIdleCallback ?? setTimeout)(() => withOnDemand(this.host.renderRoot, () => {
          const unverified = (loaded as OnDemand).unverifiedItems(brief);
          if (this.#brief !== brief) return;
          this.#unverified = unverified;
          this.host.requestUpdate();
        }), { timeout: 1000 });
      }
    }
    return this.#unverified;
  }
}
