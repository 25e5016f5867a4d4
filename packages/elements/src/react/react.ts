// React wrappers, made with @lit/react: typed props for every property, and `on…` props for our
// events, which React would not otherwise wire to custom events. Importing this module registers
// the tags.
import { createComponent, type EventName } from "@lit/react";
import * as React from "react";
import { DiploBrief as DiploBriefElement } from "../brief/brief.js";
// Through the package, not "../define.js": the registration must stay in define.js, the one module
// package.json marks as having side effects, rather than move into a chunk bundlers may drop.
import "@diplo-brief/elements/define";
import { DiploEntityCard as DiploEntityCardElement } from "../entity-card/entity-card.js";
import { DiploEventCard as DiploEventCardElement } from "../event-card/event-card.js";
import { DiploIssueCard as DiploIssueCardElement } from "../issue-card/issue-card.js";
import { DiploQuoteCard as DiploQuoteCardElement } from "../quote-card/quote-card.js";
import type { DiploBriefErrorDetail, DiploBriefLoadDetail, DiploEvidenceDetail, DiploSelectDetail } from "../shared/events.js";
import { DiploTimeline as DiploTimelineElement } from "../timeline/timeline.js";

// Every element loads its brief as <diplo-brief> does, and says so with the same events.
const partEvents = {
  onDiploBriefLoad: "diplo-brief-load" as EventName<CustomEvent<DiploBriefLoadDetail>>,
  onDiploBriefError: "diplo-brief-error" as EventName<CustomEvent<DiploBriefErrorDetail>>,
  onDiploEvidence: "diplo-evidence" as EventName<CustomEvent<DiploEvidenceDetail>>,
};

/** `<diplo-brief>` for React: `brief`, `sections`, `theme`…, and `onDiploBriefLoad`, `onDiploBriefError`, `onDiploSelect`, `onDiploEvidence`. */
export const DiploBrief = createComponent({
  tagName: "diplo-brief",
  elementClass: DiploBriefElement,
  react: React,
  events: { ...partEvents, onDiploSelect: "diplo-select" as EventName<CustomEvent<DiploSelectDetail>> },
});

export const DiploEntityCard = createComponent({
  tagName: "diplo-entity-card",
  elementClass: DiploEntityCardElement,
  react: React,
  events: { ...partEvents, onDiploSelect: "diplo-select" as EventName<CustomEvent<DiploSelectDetail>> },
});

export const DiploQuoteCard = createComponent({
  tagName: "diplo-quote-card",
  elementClass: DiploQuoteCardElement,
  react: React,
  events: partEvents,
});

export const DiploIssueCard = createComponent({
  tagName: "diplo-issue-card",
  elementClass: DiploIssueCardElement,
  react: React,
  events: partEvents,
});

export const DiploEventCard = createComponent({
  tagName: "diplo-event-card",
  elementClass: DiploEventCardElement,
  react: React,
  events: partEvents,
});

export const DiploTimeline = createComponent({
  tagName: "diplo-timeline",
  elementClass: DiploTimelineElement,
  react: React,
  events: partEvents,
});
