import * as chrono from "chrono-node";
import type { PartialDate } from "@diplo-brief/core";
import type { Range } from "./text/quotations.js";

/** A time expression as written, and the date it states, only where it states one. */
export interface TimeExpression extends Range {
  readonly text: string;
  readonly date?: PartialDate;
}

const relativePhrases =
  /\b(?:later (?:in|this) (?:the )?(?:year|month|week)|(?:in )?(?:the )?coming (?:days|weeks|months|years)|(?:next|this|last) (?:week|month|year)|earlier (?:this|in the) (?:year|month|week))\b/gi;
const prepositions = /(?:^|\s)((?:on|in|at|since|until|through|by|during|from|before|after|early|late|earlier|later)\s)$/i;
const timeWords =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|day|ago|last|next|later|earlier|coming|noon|midnight|morning|evening|afternoon|night|spring|summer|autumn|fall|winter)/i;
const monthName = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

/**
 * The time expressions of a text (chrono-node, and the vaguer ones it leaves, "in coming
 * months"), with the preposition that opens them ("on Sunday"), in the paragraphs `wanted`
 * keeps. A date is given only for what the words state: its year, month and day each written. A
 * weekday or "last week" is never resolved.
 */
export function findTimes(text: string, wanted: (paragraph: string) => boolean = () => true): TimeExpression[] {
  const found: TimeExpression[] = [];
  // chrono reads a paragraph at a time (its cost grows faster than the text it is given), and only
  // one that has a word a time expression needs: it is the drafter's slowest step otherwise.
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    if (!timeWords.test(paragraph[0]) || !wanted(paragraph[0])) continue;
    const offset = paragraph.index ?? 0;
    const inParagraph = timesIn(paragraph[0]).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    found.push(...inParagraph);
  }
  return found;
}

function timesIn(text: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const result of chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    let start = result.index;
    let written = result.text.replace(/[\s,.;:]+$/, "");
    // "in five years", "in two weeks": a duration, not a time.
    if (/^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)\s+(?:years?|months?|weeks?|days?)$/i.test(written)) continue;
    const before = prepositions.exec(text.slice(Math.max(0, start - 12), start));
    if (before?.[1] && !/^(on|in|at|since|until|through|by|during|from|before|after|early|late|earlier|later)\b/i.test(written)) {
      start -= before[1].length;
      written = before[1] + written;
    }
    const date = statedDate(result, written);
    found.push({ start, end: start + written.length, text: written, ...(date ? { date } : {}) });
  }
  for (const match of text.matchAll(relativePhrases)) {
    const start = match.index ?? 0;
    if (found.some((t) => t.start <= start && start < t.end)) continue;
    found.push({ start, end: start + match[0].length, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

function statedDate(result: chrono.ParsedResult, written: string): PartialDate | undefined {
  const start = result.start;
  const year = /\b\d{4}\b/.test(written) && start.isCertain("year") ? start.get("year") : null;
  if (year === null) return undefined;
  const month = start.isCertain("month") && monthName.test(written) ? start.get("month") : null;
  const day = month !== null && start.isCertain("day") && /\b\d{1,2}(?:st|nd|rd|th)?\b/.test(written.replace(/\b\d{4}\b/, "")) ? start.get("day") : null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const value = [String(year).padStart(4, "0"), ...(month !== null ? [pad(month)] : []), ...(month !== null && day !== null ? [pad(day)] : [])].join("-");
  return { value, basis: "stated" };
}
