import { z } from "./zod.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";

export const EntityKind = z.enum(["person", "country", "organization", "place", "group"]);
export type EntityKind = z.infer<typeof EntityKind>;

/** A position someone holds, and where the article says so, the entity they hold it in. */
export const Role = z.strictObject({
  title: Text.check(z.describe("The title as the article gives it, e.g. 'Secretary of State'.")),
  of: z.optional(Identifier.check(z.describe("Id of the entity the role is held in."))),
});
export type Role = z.infer<typeof Role>;

/**
 * Links to the same thing elsewhere: https URLs, or Wikidata ids such as `Q30`. Plain
 * http and every other scheme are refused so a rendered link can never run script.
 */
export const SameAs = z.string().check(
  z.regex(/^(https:\/\/[^\s<>"]+|Q[1-9]\d*)$/, {
    error: "must be an https:// URL or a Wikidata id such as Q30",
  }),
);

export const Entity = z.strictObject({
  id: Identifier,
  kind: EntityKind,
  name: Text.check(
    z.describe("The name as the article prints it; for an unnamed source, the description it is given."),
  ),
  unnamed: z.optional(
    z
      .boolean()
      .check(z.describe("True for a source the article does not name, e.g. 'a senior State Department official'.")),
  ),
  aliases: z.array(Text).check(z.describe("Other ways the article refers to the entity.")),
  roles: z.array(Role),
  description: z.optional(Text),
  sameAs: z.optional(z.array(SameAs)),
  evidence: EvidenceList,
});
export type Entity = z.infer<typeof Entity>;
