import type { core } from "zod/mini";
import { type PathSegment, type Problem, type ProblemCode, problem, quoted } from "../problem.js";

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

/**
 * Turns zod's issues into problems a person can act on, added to `problems`. Our schemas give
 * their own wording for formats and minimums; for the structural codes zod only says "Invalid
 * input", so the sentence is written here from the issue's details.
 */
export function problemsFromZod(issues: readonly core.$ZodIssue[], prefix: readonly PathSegment[], problems: Problem[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))];
    const add = (code: ProblemCode, detail: string): number => problems.push(problem(path, code, detail));
    const got = `, got ${describeValue(issue.input)}`;
    switch (issue.code) {
      case "invalid_type":
      case "invalid_value": {
        const type = issue.code === "invalid_type";
        const expected = type
          ? (expectedNames[issue.expected] ?? issue.expected)
          : `${issue.values.length === 1 ? "" : "one of "}${issue.values.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}`;
        // zod says what it received only where the input does not (NaN, Infinity).
        const received = "received" in issue ? issue.received : undefined;
        // zod reports a missing field as a wrong type or value whose input is undefined.
        if (issue.input === undefined && received === undefined) add("missing", `is required (${expected})`);
        else if (type) add("invalid-type", `expected ${expected}, got ${typeof received === "string" ? received : describeValue(issue.input)}`);
        else add("invalid-value", `must be ${expected}${got}`);
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) {
          problems.push(problem([...path, key], "unknown-field", "is not a field of the brief format (misspelt, or from a newer version?)"));
        }
        break;
      case "too_small":
        add("too-small", issue.message);
        break;
      case "not_multiple_of":
        add("invalid-type", issue.message + got);
        break;
      case "invalid_format":
        add("invalid-format", issue.message + got);
        break;
      default:
        add("invalid-value", issue.message);
    }
  }
}
