import type { Brief, DatePrecision, Entity, EntityKind, Event, EventStatus, Evidence, PartialDate, Quote } from "@diplo-brief/core";
import { Entity as EntitySchema, Evidence as EvidenceSchema, PartialDate as PartialDateSchema } from "@diplo-brief/core";
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
    expectTypeOf<Brief["entities"]>().toEqualTypeOf<Entity[]>();
    expectTypeOf<Brief["events"][number]>().toEqualTypeOf<Event>();
    expectTypeOf<Entity["unnamed"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("narrow a date's value by its precision", () => {
    const date = { precision: "month", value: "2021-01", basis: "stated" } as PartialDate;
    if (date.precision === "month") expectTypeOf(date.precision).toEqualTypeOf<"month">();
    expect(PartialDateSchema.safeParse(date).success).toBe(true);
    expect(PartialDateSchema.safeParse({ ...date, value: "2021" }).success).toBe(false);
  });

  it("are usable one by one", () => {
    expect(EvidenceSchema.safeParse({ start: 0, end: 3, text: "abc" }).success).toBe(true);
    expect(EntitySchema.safeParse({ id: "x", kind: "alien", name: "X", aliases: [], roles: [], evidence: [] }).success).toBe(false);
  });
});
