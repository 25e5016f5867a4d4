import * as z from "zod/mini";
import { strictObject } from "./strict-object.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";

export const IssueNature = z.enum(["dispute", "cooperation", "concern"]);
export type IssueNature = z.infer<typeof IssueNature>;

export const IssueCategory = z.enum([
  "security",
  "diplomacy",
  "economy",
  "trade",
  "technology",
  "human-rights",
  "consular",
  "public-health",
  "transport",
  "other",
]);
export type IssueCategory = z.infer<typeof IssueCategory>;

/** A party to an issue and, where the article gives one, its position in its own words. */
export const IssueParty = strictObject({
  entity: Identifier,
  position: z.optional(Text),
});
export type IssueParty = z.infer<typeof IssueParty>;

export const Issue = strictObject({
  id: Identifier,
  title: Text,
  summary: Text,
  nature: IssueNature,
  category: IssueCategory,
  parties: z.array(IssueParty),
  evidence: EvidenceList,
});
export type Issue = z.infer<typeof Issue>;
