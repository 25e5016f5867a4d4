import { z } from "./zod.js";
import { Text } from "./identifier.js";

/** BCP 47 language tags, e.g. `en`, `en-GB`, `zh-Hant-TW`. */
export const LanguageTag = z
  .string()
  .check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "must be a BCP 47 language tag such as 'en' or 'en-GB'" }));

export const HttpUrl = z
  .string()
  .check(z.regex(/^https?:\/\/[^\s<>"]+$/, { error: "must be an http:// or https:// URL" }));

export const Article = z.strictObject({
  headline: Text,
  dateline: z.optional(Text.check(z.describe("The dateline exactly as printed."))),
  published: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: "must be a date as YYYY-MM-DD" }),
        z.describe("The publication date derived from the dateline (YYYY-MM-DD)."),
      ),
  ),
  dateNote: z.optional(
    Text.check(
      z.describe(
        "Why the dateline may not date the events, e.g. when the body contradicts it; relative dates are then left unresolved.",
      ),
    ),
  ),
  source: Text.check(z.describe("Who published the article, e.g. 'Reuters'.")),
  language: LanguageTag,
  url: z.optional(HttpUrl),
  text: Text.check(z.describe("The full article text that every evidence span points into.")),
});
export type Article = z.infer<typeof Article>;
