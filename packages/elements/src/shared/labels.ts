import { datePrecision, type EntityKind, type PartialDate } from "@diplo-brief/core";

export const entityKindOrder: readonly EntityKind[] = ["person", "country", "organization", "place", "group"];

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/**
 * The strings key for an enum value: `label("status", "occurred")` is `"statusOccurred"`,
 * `label("category", "human-rights")` is `"categoryHumanRights"`. The template literal type makes
 * the compiler check that every value has its string.
 */
export function label<P extends string, V extends string>(prefix: P, value: V): `${P}${Capitalize<Camel<V>>}` {
  return `${prefix}-${value}`.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as `${P}${Capitalize<Camel<V>>}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date in `locale`, no more precise than the brief says. */
export function formatDate(date: PartialDate, locale: string): string {
  const [year, month = 1, day = 1] = date.value.split("-").map(Number) as [number, number?, number?];
  const precision = datePrecision(date);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric" }
      : precision === "month"
        ? { year: "numeric", month: "long" }
        : { year: "numeric", month: "long", day: "numeric" };
  // Building a formatter is costly; a timeline of dated events reuses one per locale and precision.
  const key = `${locale} ${precision}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" })));
  return format.format(Date.UTC(year, month - 1, day));
}
