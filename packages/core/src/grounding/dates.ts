// Edges of a number or a name: no letter or digit may touch it, in any script.
const before = "(?<![\\p{L}\\p{N}])";
const after = "(?![\\p{L}\\p{N}])";
const separator = "[-/.]";

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Names of the month in `language` and in English, long and short ("September", "Sep", "Sept"). */
function monthNames(month: number, language: string): string[] {
  const date = new Date(Date.UTC(2000, month - 1, 15));
  const names = new Set<string>(month === 9 ? ["Sept"] : []);
  for (const locale of new Set([language, "en"])) {
    for (const form of ["long", "short"] as const) {
      try {
        const name = new Intl.DateTimeFormat(locale, { month: form, timeZone: "UTC" }).format(date);
        names.add(name.replace(/\.$/, ""));
      } catch {
        // A language tag Intl does not know: English names still apply.
      }
    }
  }
  return [...names];
}

/** Whole dates as `language` writes them ("5 janvier 2021", "2021年1月5日"), for scripts the patterns below miss. */
function formattedDates(value: string, language: string): string[] {
  const [year, month = 1, day = 1] = value.split("-").map(Number);
  const date = new Date(Date.UTC(year as number, month - 1, day));
  const styles: Intl.DateTimeFormatOptions[] =
    value.length === 10
      ? [{ dateStyle: "full" }, { dateStyle: "long" }, { dateStyle: "medium" }]
      : value.length === 7
        ? [{ year: "numeric", month: "long" }, { year: "numeric", month: "short" }]
        : [{ year: "numeric" }];
  const out: string[] = [];
  for (const style of styles) {
    try {
      out.push(new Intl.DateTimeFormat(language, { ...style, timeZone: "UTC" }).format(date));
    } catch {
      // An unknown language tag: the patterns stand alone.
    }
  }
  return out;
}

const foldSpaces = (text: string): string => text.replace(/[^\S\uFEFF]+/g, " ").toLowerCase();

/**
 * Whether `text` (an event's time as the article writes it) writes the date `value` (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`) in full: its year, its month and its day, in any common form:
 * "January 5, 2021", "5th of January 2021", "Jan. 5 2021", "2021-01-05", "5/1/2021", "1/5/2021",
 * or the way the article's language writes dates.
 */
export function writesDate(text: string, value: string, language: string): boolean {
  const [year, month, day] = value.split("-");
  const written = foldSpaces(text);
  const has = (pattern: string): boolean => new RegExp(pattern, "iu").test(written);
  if (formattedDates(value, language).some((form) => written.includes(foldSpaces(form)))) return true;
  const hasYear = has(`${before}${year}${after}`);
  if (month === undefined) return hasYear;
  const m = `0?${Number(month)}`;
  const names = `(?:${monthNames(Number(month), language).map(escapeRegExp).join("|")})\\.?`;
  if (day === undefined) {
    return (
      has(`${before}(?:${year}${separator}${m}|${m}${separator}${year})${after}`) || (hasYear && has(`${before}${names}${after}`))
    );
  }
  const d = `0?${Number(day)}`;
  const numeric = [`${year}${separator}${m}${separator}${d}`, `${d}${separator}${m}${separator}${year}`, `${m}${separator}${d}${separator}${year}`];
  if (has(`${before}(?:${numeric.join("|")})${after}`)) return true;
  const ordinal = `${d}(?:st|nd|rd|th|\\.)?`;
  return hasYear && has(`${before}(?:${names},? ${ordinal}|${ordinal},? (?:of |de )?${names})${after}`);
}
