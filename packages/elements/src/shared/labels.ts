import type { EntityKind, EventStatus, IssueNature, PartialDate } from "@diplo-brief/core";
import type { DiploStringKey } from "./strings.js";

export const entityKindOrder: readonly EntityKind[] = ["person", "country", "organization", "place", "group"];

export const entityKindLabel: Record<EntityKind, DiploStringKey> = {
  person: "kindPerson",
  country: "kindCountry",
  organization: "kindOrganization",
  place: "kindPlace",
  group: "kindGroup",
};

export const statusLabel: Record<EventStatus, DiploStringKey> = {
  occurred: "statusOccurred",
  ongoing: "statusOngoing",
  scheduled: "statusScheduled",
  expected: "statusExpected",
  possible: "statusPossible",
  postponed: "statusPostponed",
  cancelled: "statusCancelled",
};

/** A shape per status, beside its word, so status never rests on colour alone. */
export const statusSymbol: Record<EventStatus, string> = {
  occurred: "●",
  ongoing: "◐",
  scheduled: "◷",
  expected: "○",
  possible: "◌",
  postponed: "⏸",
  cancelled: "✕",
};

export const natureLabel: Record<IssueNature, DiploStringKey> = {
  dispute: "natureDispute",
  cooperation: "natureCooperation",
  concern: "natureConcern",
};

/** A date in `locale`, no more precise than the brief says. */
export function formatDate(date: PartialDate, locale: string): string {
  const [year, month = 1, day = 1] = date.value.split("-").map(Number) as [number, number?, number?];
  const options: Intl.DateTimeFormatOptions =
    date.precision === "year"
      ? { year: "numeric" }
      : date.precision === "month"
        ? { year: "numeric", month: "long" }
        : { year: "numeric", month: "long", day: "numeric" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
}
