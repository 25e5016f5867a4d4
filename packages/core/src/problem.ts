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
  | "too-big"
  | "unsupported-version"
  | "needs-newer-version"
  | "duplicate-id"
  | "dangling-reference"
  | "span-out-of-range"
  | "span-mismatch"
  | "quote-not-in-article"
  | "quote-outside-evidence"
  | "name-not-in-evidence"
  | "cue-not-in-evidence"
  | "when-not-in-evidence"
  | "speaker-not-in-evidence"
  | "name-not-written"
  | "date-not-written"
  | "more-problems";

/**
 * One problem, located by a path into the brief. `message` is a whole sentence for a person,
 * path first: `quotes[2].speaker: no entity with id 'qin'`.
 */
export interface Problem {
  readonly path: readonly PathSegment[];
  readonly code: ProblemCode;
  readonly message: string;
}

const identifierKey = /^[A-Za-z_$][\w$]*$/;

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

/** A problem's message without the path it starts with: what is wrong, to say where the path is shown apart. */
export const detailOf = (problem: Problem): string => problem.message.slice(formatPath(problem.path).length + 2);

/** Quotes a value from the brief for a message, cut short so one bad field cannot flood it. */
export function quoted(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${cut}'`;
}

/** A problem for input that threw while being read (a hostile getter, a revoked proxy, no memory left). */
export function unreadable(path: readonly PathSegment[], error: unknown): Problem {
  let detail: string;
  // Even reading an error's message may throw.
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = "reading it threw an error";
  }
  return problem(path, "unreadable", `could not be read: ${detail}`);
}

/** How many problems a report lists before it only counts: one bad brief cannot flood a screen or the memory. */
export const MAX_PROBLEMS = 1000;

/** A count as messages write it, the same in every locale: `1,000,000`. */
export const count = (n: number): string => n.toLocaleString("en-US");

/**
 * The first {@link MAX_PROBLEMS} problems and, when there were more, a last one that says how
 * many, or, for a check that stopped there (`stopped`), that there are more.
 */
export function listed(problems: readonly Problem[], stopped = false): Problem[] {
  const more = problems.length - MAX_PROBLEMS;
  const list = problems.slice(0, MAX_PROBLEMS);
  const first = count(MAX_PROBLEMS);
  if (stopped) list.push(problem([], "more-problems", `more problems not listed: the check stops after the first ${first}`));
  else if (more > 0) list.push(problem([], "more-problems", `${count(more)} more problem${more === 1 ? "" : "s"} not listed (the first ${first} are)`));
  return list;
}
