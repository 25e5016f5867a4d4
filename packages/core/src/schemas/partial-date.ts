import { z } from "./zod.js";

const basis = z
  .enum(["stated", "dateline"])
  .check(
    z.describe(
      "How the date was obtained: 'stated' when the text gives it, 'dateline' when resolved relative to the article's dateline.",
    ),
  );

const year = "\\d{4}";
const month = "(0[1-9]|1[0-2])";
const day = "(0[1-9]|[12]\\d|3[01])";

/**
 * A calendar date no more precise than its source. A brief must never claim a day where
 * the article only gives a month, so the precision is explicit and the value's shape must
 * match it (one union member per precision keeps zod and JSON Schema in agreement).
 */
export const PartialDate = z.discriminatedUnion("precision", [
  z.strictObject({
    precision: z.literal("year"),
    value: z.string().check(z.regex(new RegExp(`^${year}$`), { error: "must be YYYY for precision 'year'" })),
    basis,
  }),
  z.strictObject({
    precision: z.literal("month"),
    value: z
      .string()
      .check(z.regex(new RegExp(`^${year}-${month}$`), { error: "must be YYYY-MM for precision 'month'" })),
    basis,
  }),
  z.strictObject({
    precision: z.literal("day"),
    value: z
      .string()
      .check(z.regex(new RegExp(`^${year}-${month}-${day}$`), { error: "must be YYYY-MM-DD for precision 'day'" })),
    basis,
  }),
]);
export type PartialDate = z.infer<typeof PartialDate>;
export type DatePrecision = PartialDate["precision"];
