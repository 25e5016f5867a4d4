import type { Brief } from "../schemas/brief.js";
import type { Event, EventStatus } from "../schemas/event.js";
import type { PartialDate } from "../schemas/partial-date.js";
import { escapeHtml } from "./html-text.js";

/** A TimelineJS 3 date: as precise as the brief's date and no more. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsText {
  /** HTML, as TimelineJS renders it: the export escapes the brief's text. */
  headline?: string;
  text?: string;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  display_date?: string;
  text: TimelineJsText;
  group?: string;
}

/** The TimelineJS 3 JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

const statusLabel: Record<EventStatus, string> = {
  occurred: "Happened",
  ongoing: "Under way",
  scheduled: "Scheduled",
  expected: "Expected",
  possible: "Possible",
  postponed: "Postponed",
  cancelled: "Cancelled",
};

function timelineDate(date: PartialDate): TimelineJsDate {
  const [year, month, day] = date.value.split("-").map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

const byDate = (a: TimelineJsSlide, b: TimelineJsSlide): number => {
  const key = (s: TimelineJsSlide): number[] => [s.start_date?.year ?? 0, s.start_date?.month ?? 0, s.start_date?.day ?? 0];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) {
    const diff = (ka[i] as number) - (kb[i] as number);
    if (diff !== 0) return diff;
  }
  return 0;
};

/**
 * The brief's events in TimelineJS 3 format. TimelineJS needs a start date on every slide, so
 * only events the brief dates become slides, at the date's own precision, showing the time as
 * the article wrote it (`display_date`) and grouped by status. The article's other events are
 * listed on the title slide rather than given a date the article does not support.
 */
export function toTimelineJs(brief: Brief): TimelineJsDocument {
  const dated: TimelineJsSlide[] = [];
  const undated: Event[] = [];
  for (const event of brief.events) {
    const date = event.when?.date;
    if (!event.when || !date) {
      undated.push(event);
      continue;
    }
    dated.push({
      unique_id: event.id,
      start_date: timelineDate(date),
      display_date: escapeHtml(event.when.text),
      text: { headline: escapeHtml(event.title), text: escapeHtml(event.evidence.map((span) => span.text).join(" … ")) },
      group: statusLabel[event.status],
    });
  }
  const undatedList =
    undated.length === 0
      ? ""
      : `<p>Without a date in the article:</p><ul>${undated
          .map((event) => `<li>${escapeHtml(event.title)}${event.when ? ` (${escapeHtml(event.when.text)})` : ""}: ${statusLabel[event.status].toLowerCase()}</li>`)
          .join("")}</ul>`;
  const intro = brief.summary ? `<p>${escapeHtml(brief.summary)}</p>` : "";
  return {
    title: {
      text: {
        headline: escapeHtml(brief.article.headline),
        text: `${intro}<p>${escapeHtml(brief.article.source)}${brief.article.dateline ? `, ${escapeHtml(brief.article.dateline)}` : ""}</p>${undatedList}`,
      },
    },
    events: dated.sort(byDate),
  };
}
