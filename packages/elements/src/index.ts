export * from "./brief-api.js";
export { DiploEntityCard } from "./entity-card/entity-card.js";
export { DiploEventCard } from "./event-card/event-card.js";
export { DiploIssueCard } from "./issue-card/issue-card.js";
export { DiploQuoteCard } from "./quote-card/quote-card.js";
export { DiploTimeline } from "./timeline/timeline.js";
