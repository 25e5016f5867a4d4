// Edges of a number or a name: no letter or digit may touch it, in any script.
const before = "(?<![\\p{L}\\p{N}])";
const after = "(?![\\p{L}\\p{N}])";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const fold = (text: string): string => text.replace(/[^\S\uFEFF]+/g, " ").toLowerCase();

// Made on use, not on import: a bundle that validates briefs but never reads a date (the CDN
// file) should not carry them.
const years = (): RegExp => new RegExp(`${before}(\\d{4})${after}`, "gu");
const numericDays = (): RegExp => new RegExp(`${before}(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})${after}`, "gu");
const numericMonths = (): RegExp => new RegExp(`${before}(\\d{1,4})[-/](\\d{1,4})${after}`, "gu");

/** What one language calls its months and how it writes whole dates, worked out once. */
interface Calendar {
  readonly months: ReadonlyMap<string, number>;
  readonly named: RegExp;
  readonly monthDay: RegExp;
  readonly dayMonth: RegExp;
  readonly formats: Readonly<Record<"year" | "month" | "day", readonly Intl.DateTimeFormat[]>>;
}

const formatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat[] => {
  try {
    return [new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" })];
  } catch {
    // A language tag Intl does not know: English names and the numeric forms still apply.
    return [];
  }
};

function makeCalendar(language: string): Calendar {
  const months = new Map<string, number>([["sept", 9]]);
  for (const locale of new Set([language, "en"])) {
    for (let month = 1; month <= 12; month++) {
      for (const form of ["long", "short"] as const) {
        for (const format of formatter(locale, { month: form })) {
          months.set(fold(format.format(new Date(Date.UTC(2000, month - 1, 15)))).replace(/\.$/, ""), month);
        }
      }
    }
  }
  const names = `(${[...months.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\.?`;
  const ordinal = "(\\d{1,2})(?:st|nd|rd|th|\\.)?";
  return {
    months,
    named: new RegExp(`${before}${names}${after}`, "gu"),
    monthDay: new RegExp(`${before}${names},? ${ordinal}${after}`, "gu"),
    dayMonth: new RegExp(`${before}${ordinal},? (?:of |de )?${names}${after}`, "gu"),
    formats: {
      year: formatter(language, { year: "numeric" }),
      month: [...formatter(language, { year: "numeric", month: "long" }), ...formatter(language, { year: "numeric", month: "short" })],
      day: (["full", "long", "medium"] as const).flatMap((dateStyle) => formatter(language, { dateStyle })),
    },
  };
}

const calendars = new Map<string, Calendar>();
const calendarFor = (language: string): Calendar => {
  let calendar = calendars.get(language);
  if (!calendar) {
    calendar = makeCalendar(language);
    calendars.set(language, calendar);
  }
  return calendar;
};

const key = (...parts: number[]): string => parts.join("-");

/** The dates a time expression writes: its years, year-months and full dates, as `Y`, `Y-M`, `Y-M-D` keys. */
function datesIn(written: string, calendar: Calendar): Set<string> {
  const found = new Set<string>();
  const yearsFound: number[] = [];
  for (const [, year] of written.matchAll(years())) yearsFound.push(Number(year));
  for (const [, a, , b, c] of written.matchAll(numericDays())) {
    const [x, y, z] = [Number(a), Number(b), Number(c)];
    if (a?.length === 4) found.add(key(x, y, z));
    if (c?.length === 4) {
      // 5/1/2021 is 5 January in most of the world and May 1 in the United States: either reading counts.
      found.add(key(z, y, x));
      found.add(key(z, x, y));
    }
  }
  for (const [, a, b] of written.matchAll(numericMonths())) {
    if (a?.length === 4) found.add(key(Number(a), Number(b)));
    if (b?.length === 4) found.add(key(Number(b), Number(a)));
  }
  const monthOf = (name: string | undefined): number => calendar.months.get(name ?? "") ?? 0;
  const namedMonths = [...written.matchAll(calendar.named)].map(([, name]) => monthOf(name));
  const monthDays = [
    ...[...written.matchAll(calendar.monthDay)].map(([, name, day]) => [monthOf(name), Number(day)] as const),
    ...[...written.matchAll(calendar.dayMonth)].map(([, day, name]) => [monthOf(name), Number(day)] as const),
  ];
  for (const year of yearsFound) {
    found.add(key(year));
    for (const month of namedMonths) found.add(key(year, month));
    for (const [month, day] of monthDays) found.add(key(year, month, day));
  }
  // A full date implies its month and year were written too.
  for (const date of [...found]) {
    const [y, m] = date.split("-");
    if (m !== undefined) found.add(key(Number(y), Number(m)));
    found.add(key(Number(y)));
  }
  return found;
}

/** Whether `form` stands in `written` as whole words. */
function standsIn(written: string, form: string): boolean {
  return new RegExp(`${before}${escapeRegExp(form)}${after}`, "u").test(written);
}

/**
 * Whether `text` (an event's time as the article writes it) writes the date `value` (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`) in full: its year, its month and its day, in any common form:
 * "January 5, 2021", "5th of January 2021", "Jan. 5 2021", "2021-01-05", "5/1/2021", "1/5/2021",
 * or the way the article's language writes dates ("5 janvier 2021", "2021年1月5日").
 */
export function writesDate(text: string, value: string, language: string): boolean {
  const parts = value.split("-").map(Number);
  const calendar = calendarFor(language);
  const written = fold(text);
  if (datesIn(written, calendar).has(key(...parts))) return true;
  const precision = parts.length === 1 ? "year" : parts.length === 2 ? "month" : "day";
  const date = new Date(Date.UTC(2000, (parts[1] ?? 1) - 1, parts[2] ?? 1));
  date.setUTCFullYear(parts[0] as number); // Date.UTC reads years below 100 as 19xx
  return calendar.formats[precision].some((format) => standsIn(written, fold(format.format(date))));
}
