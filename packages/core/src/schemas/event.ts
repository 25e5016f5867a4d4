import * as z from "zod/mini";
import { matches } from "./checks.js";
import { strictObject } from "./strict-object.js";
import { EvidenceList } from "./evidence.js";
import { Identifier, Text } from "./identifier.js";
import { PartialDate } from "./partial-date.js";

export const EventKind = z.enum([
  "visit",
  "meeting",
  "talks",
  "summit",
  "statement",
  "press-conference",
  "incident",
  "leadership-change",
  "other",
]);
export type EventKind = z.infer<typeof EventKind>;

export const EventStatus = z.enum([
  "occurred",
  "ongoing",
  "scheduled",
  "expected",
  "possible",
  "postponed",
  "cancelled",
]);
export type EventStatus = z.infer<typeof EventStatus>;

/** The time of an event as the article writes it, and a date only where one is supported. */
export const EventTime = strictObject({
  text: Text,
  date: z.optional(PartialDate),
});
export type EventTime = z.infer<typeof EventTime>;

/** CAMEO event codes (two to four digits) classify diplomatic acts for event-data tools. */
export const CameoCode = z.string().check(matches(/^\d{2,4}$/, "must be a CAMEO code of 2 to 4 digits"));

export const Event = strictObject({
  id: Identifier,
  title: Text,
  kind: EventKind,
  status: EventStatus,
  when: z.optional(EventTime),
  place: z.optional(Identifier),
  participants: z.array(Identifier),
  issues: z.array(Identifier),
  cameo: z.optional(CameoCode),
  evidence: EvidenceList,
});
export type Event = z.infer<typeof Event>;
