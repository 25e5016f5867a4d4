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

/**
 * Problems as they are found, the first {@link MAX_PROBLEMS} kept and the rest counted, or, for
 * a check that stops once it has enough to show ({@link ProblemList.full}), only said to exist.
 */
export class ProblemList {
  readonly #kept: Problem[] = [];
  #more = 0;
  #stopped = false;

  add(found: Problem | undefined): void {
    if (!found) return;
    if (this.#kept.length < MAX_PROBLEMS) this.#kept.push(found);
    else this.#more++;
  }

  get size(): number {
    return this.#kept.length + this.#more;
  }

  /** True once more problems were found than are listed: a check may stop here (and says so). */
  get full(): boolean {
    return this.#more > 0;
  }

  /** Marks the list as cut short by a check that stopped once it was {@link full}. */
  stop(): void {
    this.#stopped = true;
  }

  /** The problems kept, and when some were left out, a last one that says so. */
  list(): Problem[] {
    if (this.#more === 0) return [...this.#kept];
    const first = MAX_PROBLEMS.toLocaleString("en-US");
    const detail = this.#stopped
      ? `more problems not listed: the check stops after the first ${first}`
      : `${this.#more.toLocaleString("en-US")} more problem${this.#more === 1 ? "" : "s"} not listed (the first ${first} are)`;
    return [...this.#kept, problem([], "more-problems", detail)];
  }
}
