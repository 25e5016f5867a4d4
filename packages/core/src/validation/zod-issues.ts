import type { core } from "zod/mini";
import { type PathSegment, type Problem, problem, quoted } from "../problem.js";

type ZodIssue = core.$ZodIssue;

/** Names what a value is, for "expected X, got Y" messages, without echoing the value. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the string ${quoted(value, 30)}`;
    case "number":
      return `the number ${value}`;
    case "object":
      return "an object";
    case "undefined":
      return "nothing";
    default:
      return `a ${typeof value}`;
  }
}

const expectedNames: Record<string, string> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ");
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * Turns zod's issues into problems a person can act on. Our schemas give their own wording
 * for formats and minimums; for the structural codes zod only says "Invalid input", so the
 * sentence is written here from the issue's details.
 */
export function problemsFromZod(issues: readonly ZodIssue[], prefix: readonly PathSegment[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...toPath(issue.path)];
    const input: unknown = issue.input;
    if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value") && !("received" in issue)) {
      const expected = issue.code === "invalid_type" ? (expectedNames[issue.expected] ?? issue.expected) : `one of ${listValues(issue.values)}`;
      problems.push(problem(path, "missing", `is required (${expected})`));
      continue;
    }
    switch (issue.code) {
      case "invalid_type": {
        const received = "received" in issue && typeof issue.received === "string" ? issue.received : describeValue(input);
        const expected = expectedNames[issue.expected] ?? issue.expected;
        problems.push(problem(path, "invalid-type", `expected ${expected}, got ${received}`));
        break;
      }
      case "invalid_value":
        problems.push(
          problem(path, "invalid-value", `must be ${issue.values.length === 1 ? "" : "one of "}${listValues(issue.values)}, got ${describeValue(input)}`),
        );
        break;
      case "unrecognized_keys":
        for (const key of issue.keys) {
          problems.push(problem([...path, key], "unknown-field", "is not a field of the brief format (misspelt, or from a newer version?)"));
        }
        break;
      case "too_small":
        problems.push(problem(path, "too-small", issue.message));
        break;
      case "not_multiple_of":
        problems.push(problem(path, "invalid-type", `${issue.message}, got ${describeValue(input)}`));
        break;
      case "invalid_format":
        problems.push(problem(path, "invalid-format", `${issue.message}, got ${describeValue(input)}`));
        break;
      default:
        problems.push(problem(path, "invalid-value", issue.message));
    }
  }
  return problems;
}
