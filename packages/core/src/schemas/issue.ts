import { z } from "./zod.js";
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
export const IssueParty = z.strictObject({
  entity: Identifier,
  position: z.optional(Text),
});
export type IssueParty = z.infer<typeof IssueParty>;

export const Issue = z.strictObject({
  id: Identifier,
  title: Text,
  summary: Text,
  nature: IssueNature.check(z.describe("Whether the issue divides the parties, unites them, or is a shared concern.")),
  category: IssueCategory,
  parties: z.array(IssueParty),
  evidence: EvidenceList,
});
export type Issue = z.infer<typeof Issue>;
