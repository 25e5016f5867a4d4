import type { Brief, DatePrecision, Entity, EntityKind, Event, EventStatus, Evidence, PartialDate, Quote } from "@diplo-brief/core";
import { datePrecision, Entity as EntitySchema, Evidence as EvidenceSchema, PartialDate as PartialDateSchema } from "@diplo-brief/core";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("schema types", () => {
  it("infer the brief's shape", () => {
    expectTypeOf<Evidence>().toEqualTypeOf<{ start: number; end: number; text: string }>();
    expectTypeOf<Quote["mode"]>().toEqualTypeOf<"direct" | "indirect">();
    expectTypeOf<Quote["speaker"]>().toEqualTypeOf<string>();
    expectTypeOf<EntityKind>().toEqualTypeOf<"person" | "country" | "organization" | "place" | "group">();
    expectTypeOf<EventStatus>().toEqualTypeOf<
      "occurred" | "ongoing" | "scheduled" | "expected" | "possible" | "postponed" | "cancelled"
    >();
    expectTypeOf<DatePrecision>().toEqualTypeOf<"year" | "month" | "day">();
    expectTypeOf<PartialDate>().toEqualTypeOf<{ value: string; basis: "stated" | "dateline" }>();
    expectTypeOf<Brief["entities"]>().toEqualTypeOf<Entity[]>();
    expectTypeOf<Brief["events"][number]>().toEqualTypeOf<Event>();
    expectTypeOf<Entity["unnamed"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("read a date's precision from its form", () => {
    const dates: [string, DatePrecision][] = [["2021", "year"], ["2021-01", "month"], ["2021-01-31", "day"]];
    for (const [value, precision] of dates) {
      const date: PartialDate = { value, basis: "stated" };
      expect(PartialDateSchema.safeParse(date).success).toBe(true);
      expect(datePrecision(date)).toBe(precision);
    }
    expectTypeOf(datePrecision).returns.toEqualTypeOf<DatePrecision>();
    for (const value of ["21", "2021-1", "2021-13", "2021-01-32", "2021-01-01T00:00"]) {
      expect(PartialDateSchema.safeParse({ value, basis: "stated" }).success, value).toBe(false);
    }
  });

  it("are usable one by one", () => {
    expect(EvidenceSchema.safeParse({ start: 0, end: 3, text: "abc" }).success).toBe(true);
    expect(EntitySchema.safeParse({ id: "x", kind: "alien", name: "X", aliases: [], roles: [], evidence: [] }).success).toBe(false);
  });
});
