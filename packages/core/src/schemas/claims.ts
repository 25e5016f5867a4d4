import * as z from "zod/mini";
import { notEmpty } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { Brief } from "./brief.js";
import { Entity } from "./entity.js";
import { Event } from "./event.js";
import { Text } from "./identifier.js";
import { Issue } from "./issue.js";
import { Quote } from "./quote.js";

/**
 * Words of the article, as whoever made the claim wrote them: no offsets. {@link groundClaims}
 * finds them in the article and keeps the article's own slice.
 */
export const Excerpt = strictObject({
  text: Text,
});
export type Excerpt = z.infer<typeof Excerpt>;

const Excerpts = z.array(Excerpt).check(notEmpty("needs at least one excerpt"));

export const EntityClaim = z.extend(Entity, { evidence: Excerpts });
export type EntityClaim = z.infer<typeof EntityClaim>;

export const IssueClaim = z.extend(Issue, { evidence: Excerpts });
export type IssueClaim = z.infer<typeof IssueClaim>;

/** A quote's attribution as excerpts: the content, the cue and the source, each as the article writes them. */
export const AttributionClaim = strictObject({
  content: Excerpts,
  cue: z.optional(Excerpt),
  source: z.optional(Excerpts),
});
export type AttributionClaim = z.infer<typeof AttributionClaim>;

export const QuoteClaim = z.extend(Quote, { attribution: z.optional(AttributionClaim), evidence: Excerpts });
export type QuoteClaim = z.infer<typeof QuoteClaim>;

export const EventClaim = z.extend(Event, { evidence: Excerpts });
export type EventClaim = z.infer<typeof EventClaim>;

/**
 * What a language model, a person or another tool claims about an article: a {@link Brief}
 * without the article, whose every evidence span (and attribution span) is only its words,
 * `{ text }`, with no offsets to count. {@link groundClaims} turns claims into a brief.
 */
export const BriefClaims = strictObject({
  schemaVersion: z.optional(Brief.shape.schemaVersion),
  summary: z.optional(Text),
  provenance: Brief.shape.provenance,
  entities: z.array(EntityClaim),
  issues: z.array(IssueClaim),
  quotes: z.array(QuoteClaim),
  events: z.array(EventClaim),
});
export type BriefClaims = z.infer<typeof BriefClaims>;
