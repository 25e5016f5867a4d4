import type { Brief, Problem } from "@diplo-brief/core";
import { printable, printableJson } from "./printable.js";

export const PROGRAM = "diplo-brief";

/** `1 entity`, `2 entities`, `21,000,000 bytes`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** A size for a person: `20 MB`, `8.0 GB`, `512 bytes`. Powers of 1024, as file managers show them. */
export function formatBytes(bytes: number): string {
  const units = ["KB", "MB", "GB", "TB"];
  if (bytes < 1024) return count(bytes, "byte");
  let value = bytes;
  let unit = "";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** One line of text output about a file: `brief.json: …`, the label and the text escaped for a terminal. */
export function fileLine(label: string, text: string): string {
  return `${printable(label)}: ${printable(text)}`;
}

/** `page.html: cannot write: no space left on the device` */
export function cannotWriteLine(label: string, reason: string): string {
  return fileLine(label, `cannot write: ${reason}`);
}

/** `brief.json: valid (29 entities, 15 issues, 14 quotes, 19 events)` */
export function validLine(label: string, brief: Brief): string {
  const counts = [
    count(brief.entities.length, "entity", "entities"),
    count(brief.issues.length, "issue"),
    count(brief.quotes.length, "quote"),
    count(brief.events.length, "event"),
  ];
  return fileLine(label, `valid (${counts.join(", ")})`);
}

/** `brief.json: quotes[2].speaker: no entity with id 'qin'`: the problem's message already starts with its path. */
export function problemLine(label: string, problem: Problem): string {
  return fileLine(label, problem.message);
}

/** A problem as the --json output carries it. */
export interface ProblemJson {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

export function problemJson(problem: Problem): ProblemJson {
  return { path: problem.path, code: problem.code, message: problem.message };
}

/** The pointer under every usage error. */
export function helpHint(command?: string): string {
  return `Run '${PROGRAM}${command ? ` ${command}` : ""} --help' for usage.`;
}

/** What an unforeseen error says: its message, without the stack a user can do nothing with. */
export function internalErrorMessage(error: unknown): string {
  return `${PROGRAM}: internal error: ${printable(describeError(error))}\nThis is a bug in ${PROGRAM}; please report it.\n`;
}

/** An unforeseen error as the reason one item failed, when the run goes on past it. */
export function internalErrorReason(error: unknown): string {
  return `internal error: ${describeError(error)} (a bug in ${PROGRAM}; please report it)`;
}

export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an error that cannot describe itself";
  }
}

/** Pretty JSON as the commands print it, ending with a newline like any text output, safe on a terminal. */
export function prettyJson(value: unknown): string {
  return `${printableJson(JSON.stringify(value, null, 2))}\n`;
}

/** The known name closest to a mistyped one, if it is close enough to be what was meant. */
export function closest(input: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const distance = name.startsWith(input) && input.length >= 2 ? 0 : editDistance(input, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
