import * as z from "zod/mini";
import { matches } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { Article } from "./article.js";
import { Entity } from "./entity.js";
import { Event } from "./event.js";
import { Issue } from "./issue.js";
import { Text } from "./identifier.js";
import { Provenance } from "./provenance.js";
import { Quote } from "./quote.js";

/**
 * The brief format version this library writes and reads. Minor versions only add optional
 * fields; a major version may change or remove them.
 */
export const SCHEMA_VERSION = "1.2";

export const Brief = strictObject({
  schemaVersion: z
    .string()
    .check(
      matches(/^1\.\d+$/, "must be '1.x': this library reads version 1 of the brief format"),
    ),
  article: Article,
  summary: z.optional(Text),
  provenance: z.optional(Provenance),
  entities: z.array(Entity),
  issues: z.array(Issue),
  quotes: z.array(Quote),
  events: z.array(Event),
});
export type Brief = z.infer<typeof Brief>;
