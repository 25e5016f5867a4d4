import {
  $ZodCheck,
  type $ZodCheckDef,
  type $ZodCheckGreaterThanDef,
  type $ZodCheckMinLengthDef,
  type $ZodCheckMultipleOfDef,
  type $ZodCheckRegexDef,
  type $ZodRawIssue,
} from "zod/v4/core";

type Issue = $ZodRawIssue;

/**
 * A check for one rule, built on zod's base check: zod's own checks of the same kinds carry code
 * for strings, bigints, dates and Unicode lengths that a brief never needs, about 570 bytes gzip
 * of the elements' CDN file for the four rules below. `def` is the one zod's check would have,
 * so JSON Schema and introspection see the same rule, and `issue` the one it would raise.
 */
function rule<T>(def: $ZodCheckDef, fails: (value: T) => boolean, issue: { code: Issue["code"]; [detail: string]: unknown }): $ZodCheck<T> {
  const check: $ZodCheck<T> = new $ZodCheck(def);
  check._zod.check = (payload) => {
    if (fails(payload.value)) payload.issues.push({ ...issue, input: payload.value, inst: check, continue: true } as Issue);
  };
  return check;
}

/** Like `z.multipleOf(1, { error })` on a number: a whole number. */
export const whole = (error: string): $ZodCheck<number> =>
  rule({ check: "multiple_of", value: 1, error: () => error } as $ZodCheckMultipleOfDef, (n: number) => !Number.isInteger(n), {
    code: "not_multiple_of",
    origin: "number",
    divisor: 1,
  });

/** Like `z.minimum(0, { error })` on a number: zero or more. */
export const notNegative = (error: string): $ZodCheck<number> =>
  rule({ check: "greater_than", value: 0, inclusive: true, error: () => error } as $ZodCheckGreaterThanDef, (n: number) => n < 0, {
    code: "too_small",
    origin: "number",
    minimum: 0,
    inclusive: true,
  });

/**
 * Like `z.minLength(1, { error })` on an array: not empty. Like zod's, it runs whenever the value
 * has a length, even after other issues.
 */
export const notEmpty = (error: string): $ZodCheck<unknown[]> =>
  rule(
    { check: "min_length", minimum: 1, error: () => error, when: ({ value }) => (value as { length?: unknown } | null | undefined)?.length !== undefined } as $ZodCheckMinLengthDef,
    (list: unknown[]) => list.length < 1,
    { code: "too_small", origin: "array", minimum: 1, inclusive: true },
  );

/** Like `z.regex(pattern, { error })`: a string that matches `pattern`. */
export const matches = (pattern: RegExp, error: string): $ZodCheck<string> =>
  rule({ check: "string_format", format: "regex", pattern, error: () => error } as $ZodCheckRegexDef, (text: string) => !pattern.test(text), {
    code: "invalid_format",
    origin: "string",
    format: "regex",
    pattern: String(pattern),
  });
