import * as z from "zod/mini";
import { matches } from "./checks.js";
import { strictObject } from "./strict-object.js";

// A day that exists: 30 days hath September, and February 29 only in a leap year (every fourth,
// but of the centuries only every fourth). Kept as a pattern so JSON Schema carries it too.
const calendarDay =
  "\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)" +
  "|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";

/** A date as `YYYY-MM-DD`, a day that exists on the calendar. */
export const IsoDay = z
  .string()
  .check(matches(new RegExp(`^(?:${calendarDay})$`), "must be a date that exists, as YYYY-MM-DD"));

/**
 * A calendar date no more precise than its source, in ISO 8601's reduced forms: `YYYY` for a
 * year, `YYYY-MM` for a month, `YYYY-MM-DD` for a day. The precision is the form itself, so a
 * brief cannot claim a day while writing a month.
 */
export const PartialDate = strictObject({
  value: z
    .string()
    .check(
      matches(new RegExp(`^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|${calendarDay})$`), "must be YYYY, YYYY-MM or YYYY-MM-DD (a year, a month or a day that exists)"),
    ),
  basis: z.enum(["stated", "dateline"]),
});
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = "year" | "month" | "day";

/** How precise a date is, read from its form. */
export function datePrecision(date: PartialDate): DatePrecision {
  return date.value.length === 4 ? "year" : date.value.length === 7 ? "month" : "day";
}
