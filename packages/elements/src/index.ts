export { DiploBrief } from "./brief/brief.js";
export { type BriefSection, briefSections } from "./brief/sections.js";
export { DiploEntityCard } from "./entity-card/entity-card.js";
export { DiploEventCard } from "./event-card/event-card.js";
export { DiploIssueCard } from "./issue-card/issue-card.js";
export { DiploQuoteCard } from "./quote-card/quote-card.js";
export { DiploTimeline } from "./timeline/timeline.js";
export type { Theme } from "./shared/diplo-element.js";
export type {
  BriefSource,
  DiploBriefErrorDetail,
  DiploBriefErrorReason,
  DiploBriefLoadDetail,
  DiploEvidenceDetail,
  DiploSelectDetail,
} from "./shared/events.js";
export { type DiploStringKey, type DiploStrings, defaultStrings } from "./shared/strings.js";
