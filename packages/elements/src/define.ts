// Registers every element under its diplo-* tag. Kept apart from the classes so an app can
// import the classes alone (to subclass them, or register them under other names).
import { DiploBrief } from "./brief/brief.js";
import { DiploEntityCard } from "./entity-card/entity-card.js";
import { DiploEventCard } from "./event-card/event-card.js";
import { DiploIssueCard } from "./issue-card/issue-card.js";
import { DiploQuoteCard } from "./quote-card/quote-card.js";
import { DiploTimeline } from "./timeline/timeline.js";
import { define } from "./define-element.js";

const elements = {
  "diplo-brief": DiploBrief,
  "diplo-entity-card": DiploEntityCard,
  "diplo-quote-card": DiploQuoteCard,
  "diplo-issue-card": DiploIssueCard,
  "diplo-event-card": DiploEventCard,
  "diplo-timeline": DiploTimeline,
} as const;

for (const [tag, element] of Object.entries(elements)) define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    "diplo-brief": DiploBrief;
    "diplo-entity-card": DiploEntityCard;
    "diplo-quote-card": DiploQuoteCard;
    "diplo-issue-card": DiploIssueCard;
    "diplo-event-card": DiploEventCard;
    "diplo-timeline": DiploTimeline;
  }
}
