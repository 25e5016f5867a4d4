export { Article, HttpUrl, LanguageTag } from "./schemas/article.js";
export { Brief, SCHEMA_VERSION } from "./schemas/brief.js";
export { Entity, EntityKind, Role, SameAs } from "./schemas/entity.js";
export { CameoCode, Event, EventKind, EventStatus, EventTime } from "./schemas/event.js";
export { Evidence, EvidenceList } from "./schemas/evidence.js";
export { Identifier, Text } from "./schemas/identifier.js";
export { Issue, IssueCategory, IssueNature, IssueParty } from "./schemas/issue.js";
export { type DatePrecision, datePrecision, PartialDate } from "./schemas/partial-date.js";
export { Attribution, Quote, QuoteMode, QuoteSetting } from "./schemas/quote.js";
export { Provenance, ProvenanceMethod } from "./schemas/provenance.js";

export { formatPath, type PathSegment, type Problem, type ProblemCode } from "./problem.js";
export { BriefValidationError, parseBrief, type SafeParseBriefResult, safeParseBrief } from "./validation/parse-brief.js";
export { parseBriefJson, safeParseBriefJson } from "./validation/parse-brief-json.js";

export { findAllTolerant, type NormalizedText, normalizeForMatch, type TextRange } from "./grounding/normalize.js";
export { type GroundingReport, verifyBrief } from "./grounding/verify-brief.js";
export { FUZZY_THRESHOLD, type LocateOptions, type Location, locate, type MatchKind } from "./grounding/locate.js";

export { AttributionClaim, BriefClaims, EntityClaim, EventClaim, Excerpt, IssueClaim, QuoteClaim } from "./schemas/claims.js";
export { type ClaimsReport, type GroundClaimsOptions, type GroundedClaims, groundClaims } from "./claims/ground-claims.js";
export { keepGrounded } from "./claims/keep-grounded.js";
export type { DropCode, Dropped } from "./claims/dropped.js";

export { BRIEF_SCHEMA_ID, type JsonSchema, toJsonSchema } from "./exports/json-schema.js";
export { toJsonLd } from "./exports/json-ld.js";
export {
  type TimelineJsDate,
  type TimelineJsDocument,
  type TimelineJsSlide,
  type TimelineJsText,
  toTimelineJs,
} from "./exports/timeline-js.js";
