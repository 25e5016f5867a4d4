import type { Page } from "playwright";

export interface StaticSite {
  /** The served root's URL, ending in the base path. */
  readonly url: string;
  close(): Promise<void>;
}
/** Serves `root` at `base` (default "/") on a random port of 127.0.0.1. */
export declare function serveStatic(root: string, base?: string): Promise<StaticSite>;
/** Collects console errors, page errors, failed requests and HTTP errors of `page`, live. */
export declare function recordProblems(page: Page): string[];
