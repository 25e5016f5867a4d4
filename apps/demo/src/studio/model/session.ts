import { type Brief, SCHEMA_VERSION } from "@diplo-brief/core";
import { EditError, type Edit } from "./edits.js";
import { findItem, itemIds } from "./items.js";

export interface Session {
  readonly id: string;
  readonly title: string;
  readonly brief: Brief;
  /** Ids of items a person accepted. */
  readonly accepted: readonly string[];
  readonly created: number;
  readonly updated: number;
}

/** Who edited and reviewed a brief, in its provenance. */
const STUDIO = "diplo-brief studio";

export function newSession(brief: Brief, title: string = brief.article.headline): Session {
  const now = Date.now();
  // Not crypto.randomUUID: it exists only in secure contexts, and the demo may be served over plain http.
  const id = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return { id, title, brief, accepted: [], created: now, updated: now };
}

/**
 * The session with the edit's brief; accepted ids that no longer exist are forgotten. A draft
 * edited here records it at once: its provenance says "edited", by the studio.
 */
export function withBrief(session: Session, edit: Edit): Session {
  const ids = new Set(itemIds(edit.brief));
  const { provenance } = edit.brief;
  const brief = provenance?.method === "drafted" ? { ...edit.brief, provenance: { ...provenance, method: "edited" as const, by: STUDIO } } : edit.brief;
  return { ...session, brief, accepted: session.accepted.filter((id) => ids.has(id)), updated: Date.now() };
}

export function accept(session: Session, id: string): Session {
  if (!findItem(session.brief, id)) throw new EditError(`There is no item with id '${id}'.`);
  if (session.accepted.includes(id)) return session;
  return { ...session, accepted: [...session.accepted, id], updated: Date.now() };
}

export function progress(session: Session): { readonly reviewed: number; readonly total: number } {
  const ids = itemIds(session.brief);
  const accepted = new Set(session.accepted);
  return { reviewed: ids.filter((id) => accepted.has(id)).length, total: ids.length };
}

/**
 * The brief as it goes out: provenance `method: "edited", reviewed: true` once every item is
 * accepted (by: the studio), else the draft's provenance with reviewed false (method "edited"
 * once any edit was made to a draft). A brief that came without provenance goes out without
 * until it is reviewed: the studio does not know how it was made.
 */
export function briefOut(session: Session): Brief {
  const { brief } = session;
  const { reviewed, total } = progress(session);
  if (reviewed === total) {
    // The model and prompt that drafted it stay on record.
    const { model, prompt } = brief.provenance ?? {};
    const provenance = { method: "edited" as const, by: STUDIO, ...(model === undefined ? {} : { model }), ...(prompt === undefined ? {} : { prompt }), reviewed: true };
    return { ...brief, schemaVersion: SCHEMA_VERSION, provenance };
  }
  return brief.provenance ? { ...brief, schemaVersion: SCHEMA_VERSION, provenance: { ...brief.provenance, reviewed: false } } : brief;
}
