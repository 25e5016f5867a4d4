import * as z from "zod/mini";
import { Text } from "./identifier.js";
import { strictObject } from "./strict-object.js";

export const ProvenanceMethod = z.enum(["drafted", "edited", "written"]);
export type ProvenanceMethod = z.infer<typeof ProvenanceMethod>;

/**
 * How a brief was made (format 1.1): drafted by a program, edited by a person from a draft, or
 * written by a person, and whether a person has reviewed it. Machine-made text on matters of
 * public interest must say so; `<diplo-brief>` shows a notice while a draft is not reviewed.
 */
export const Provenance = strictObject({
  method: ProvenanceMethod,
  /** Who or what made it: a program and its version ("@diplo-brief/draft 0.2.0"), or a newsroom. */
  by: Text,
  /** The language model that drafted it, where one did. */
  model: z.optional(Text),
  /** The version of the prompt the model was given (format 1.2), so drafts from different prompts can be told apart. */
  prompt: z.optional(Text),
  reviewed: z.boolean(),
});
export type Provenance = z.infer<typeof Provenance>;
