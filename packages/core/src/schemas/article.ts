import * as z from "zod/mini";
import { matches } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { Text } from "./identifier.js";
import { IsoDay } from "./partial-date.js";

/** BCP 47 language tags, e.g. `en`, `en-GB`, `zh-Hant-TW`. */
export const LanguageTag = z
  .string()
  .check(matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as 'en' or 'en-GB'"));

export const HttpUrl = z
  .string()
  .check(matches(/^https?:\/\/[^\s<>"]+$/, "must be an http:// or https:// URL"));

export const Article = strictObject({
  headline: Text,
  dateline: z.optional(Text),
  published: z.optional(IsoDay),
  dateNote: z.optional(Text),
  source: Text,
  language: LanguageTag,
  url: z.optional(HttpUrl),
  text: Text,
});
export type Article = z.infer<typeof Article>;
