import { z } from "./zod.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";

export const QuoteMode = z.enum(["direct", "indirect"]);
export type QuoteMode = z.infer<typeof QuoteMode>;

/** Where, when and to whom something was said, as far as the article tells. */
export const QuoteSetting = z.strictObject({
  occasion: z.optional(Text),
  place: z.optional(Identifier.check(z.describe("Id of a place entity."))),
  when: z.optional(Text.check(z.describe("The time expression exactly as written."))),
  audience: z.optional(Text),
});
export type QuoteSetting = z.infer<typeof QuoteSetting>;

export const Quote = z.strictObject({
  id: Identifier,
  speaker: Identifier.check(z.describe("Id of the entity who said it.")),
  mode: QuoteMode.check(
    z.describe("'direct': the words inside quotation marks, verbatim; 'indirect': a faithful paraphrase."),
  ),
  text: Text.check(z.describe("The quoted words (direct) or the reported statement (indirect).")),
  cue: Text.check(z.describe("The attribution verb as written: 'said', 'tweeted', 'told reporters'.")),
  setting: z.optional(QuoteSetting),
  event: z.optional(Identifier.check(z.describe("Id of the event the statement was made at."))),
  issues: z.array(Identifier),
  evidence: EvidenceList,
});
export type Quote = z.infer<typeof Quote>;
