import * as z from "zod/mini";
import { strictObject } from "./strict-object.js";

/**
 * A calendar date no more precise than its source, in ISO 8601's reduced forms: `YYYY` for a
 * year, `YYYY-MM` for a month, `YYYY-MM-DD` for a day. The precision is the form itself, so a
 * brief cannot claim a day while writing a month.
 */
export const PartialDate = strictObject({
  value: z
    .string()
    .check(
      z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: "must be YYYY, YYYY-MM or YYYY-MM-DD (a year, a month or a day)",
      }),
    ),
  basis: z.enum(["stated", "dateline"]),
});
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = "year" | "month" | "day";

/** How precise a date is, read from its form. */
export function datePrecision(date: PartialDate): DatePrecision {
  return date.value.length === 4 ? "year" : date.value.length === 7 ? "month" : "day";
}
