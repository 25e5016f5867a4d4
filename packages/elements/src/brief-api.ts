// What the embed file and the full library both export: <diplo-brief>, its sections, strings and
// types. index.ts adds the cards and the timeline.
export { DiploBrief } from "./brief/brief.js";
export { type BriefSection, briefSections } from "./brief/sections.js";
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
