import * as z from "zod/mini";
import { strictObject } from "./strict-object.js";
import { Evidence, EvidenceList } from "./evidence.js";
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

/**
 * Where the article makes the attribution, as its own spans, in the conventions of the PARC and
 * PolNeAR attribution corpora (format 1.1). Attribution is meant broadly: words spoken or
 * written, and beliefs, intentions and positions ("X wants …", "X has been critical of …").
 */
export const Attribution = strictObject({
  /** What is attributed: a direct quote's words with their quotation marks, or the reported clause with a leading "that". */
  content: EvidenceList,
  /** The attributing verb group with its auxiliaries and adverbs ("has said", "also told"), or phrase ("according to"). */
  cue: z.optional(Evidence),
  /** The mention of the source at that place, with its title and apposition ("he", "Chinese Foreign Minister Qin Gang"). */
  source: z.optional(EvidenceList),
});
export type Attribution = z.infer<typeof Attribution>;

export const Quote = strictObject({
  id: Identifier,
  speaker: Identifier,
  mode: QuoteMode,
  text: Text,
  cue: Text,
  setting: z.optional(QuoteSetting),
  event: z.optional(Identifier),
  issues: z.array(Identifier),
  attribution: z.optional(Attribution),
  evidence: EvidenceList,
});
export type Quote = z.infer<typeof Quote>;
