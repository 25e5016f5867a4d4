import type { PathSegment } from "../problem.js";

/**
 * Why something was left out of a grounded brief:
 * - `invalid`: not of the shape the format takes (a wrong type, an unknown field, a bad id);
 * - `not-found`: its words are nowhere in the article, even fuzzily;
 * - `not-verbatim`: a direct quote whose words the article does not contain as written;
 * - `not-quoted`: a direct quote whose words the article has, but not inside quotation marks;
 * - `too-short`: an excerpt too short to point at anything (fewer than two letters or digits);
 * - `no-evidence`: an item none of whose evidence was found;
 * - `duplicate-id`: an id an earlier item already has;
 * - `depends-on-dropped`: it needs an item that was dropped (a quote whose speaker went);
 * - `dangling-reference`: it refers to an item that was never there;
 * - `ungrounded`: found, but the article does not say it there (`verifyBrief`'s checks).
 */
export type DropCode =
  | "invalid"
  | "not-found"
  | "not-verbatim"
  | "not-quoted"
  | "too-short"
  | "no-evidence"
  | "duplicate-id"
  | "depends-on-dropped"
  | "dangling-reference"
  | "ungrounded";

/** Something left out, where it was in the input, and why. */
export interface Dropped {
  /** Where it was in the input: an item (`["quotes", 2]`), one of its excerpts, or a field. */
  readonly path: readonly PathSegment[];
  /** The id of the item it belongs to, where it has one. */
  readonly id?: string;
  readonly code: DropCode;
  /** A sentence for a person: what was wrong. */
  readonly reason: string;
}
