import * as z from "zod/mini";
import { strictObject } from "./strict-object.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";

export const QuoteMode = z.enum(["direct", "indirect"]);
export type QuoteMode = z.infer<typeof QuoteMode>;

/** Where, when and to whom something was said, as far as the article tells. */
export const QuoteSetting = strictObject({
  occasion: z.optional(Text),
  place: z.optional(Identifier),
  when: z.optional(Text),
  audience: z.optional(Text),
});
export type QuoteSetting = z.infer<typeof QuoteSetting>;

export const Quote = strictObject({
  id: Identifier,
  speaker: Identifier,
  mode: QuoteMode,
  text: Text,
  cue: Text,
  setting: z.optional(QuoteSetting),
  event: z.optional(Identifier),
  issues: z.array(Identifier),
  evidence: EvidenceList,
});
export type Quote = z.infer<typeof Quote>;
