/** A step in the path to a value: an object key or an array index. */
export type PathSegment = string | number;

/** Why a brief was refused by validation or flagged by grounding. */
export type ProblemCode =
  | "unreadable"
  | "invalid-json"
  | "missing"
  | "invalid-type"
  | "invalid-value"
  | "invalid-format"
  | "unknown-field"
  | "too-small"
  | "unsupported-version"
  | "duplicate-id"
  | "dangling-reference"
  | "span-out-of-range"
  | "span-mismatch"
  | "quote-not-in-article"
  | "quote-outside-evidence"
  | "name-not-in-evidence"
  | "cue-not-in-evidence"
  | "when-not-in-evidence";

/**
 * One problem, located by a path into the brief. `message` is a whole sentence for a person,
 * path first: `quotes[2].speaker: no entity with id 'qin'`.
 */
export interface Problem {
  readonly path: readonly PathSegment[];
  readonly code: ProblemCode;
  readonly message: string;
}

const identifierKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path the way a reader writes it in code: `quotes[2].setting.place`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (identifierKey.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "brief" : out;
}

export function problem(path: readonly PathSegment[], code: ProblemCode, detail: string): Problem {
  return { path, code, message: `${formatPath(path)}: ${detail}` };
}

/** Quotes a value from the brief for a message, cut short so one bad field cannot flood it. */
export function quoted(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${cut}'`;
}
