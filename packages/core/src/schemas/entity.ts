import * as z from "zod/mini";
import { matches } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";

export const EntityKind = z.enum(["person", "country", "organization", "place", "group"]);
export type EntityKind = z.infer<typeof EntityKind>;

/** A position someone holds, and where the article says so, the entity they hold it in. */
export const Role = strictObject({
  title: Text,
  of: z.optional(Identifier),
});
export type Role = z.infer<typeof Role>;

/**
 * Links to the same thing elsewhere: https URLs, or Wikidata ids such as `Q30`. Plain
 * http and every other scheme are refused so a rendered link can never run script.
 */
export const SameAs = z.string().check(
  matches(/^(https:\/\/[^\s<>"]+|Q[1-9]\d*)$/, "must be an https:// URL or a Wikidata id such as Q30"),
);

export const Entity = strictObject({
  id: Identifier,
  kind: EntityKind,
  name: Text,
  unnamed: z.optional(
    z
      .boolean()
      ,
  ),
  aliases: z.array(Text),
  roles: z.array(Role),
  description: z.optional(Text),
  sameAs: z.optional(z.array(SameAs)),
  evidence: EvidenceList,
});
export type Entity = z.infer<typeof Entity>;
