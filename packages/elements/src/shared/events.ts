import type { Brief, Problem } from "@diplo-brief/core";

/** Where a brief came from. */
export type BriefSource = "property" | "src" | "inline";

export interface DiploBriefLoadDetail {
  readonly brief: Brief;
  readonly source: BriefSource;
}

/**
 * What went wrong: the fetch failed, the server refused, the answer took longer than `timeout` or
 * was larger than `max-size`, the body was not JSON, the brief is invalid; for a card, its item is
 * missing; or no brief was given.
 */
export type DiploBriefErrorReason = "fetch" | "http" | "timeout" | "too-large" | "json" | "invalid" | "missing-item" | "empty";

export interface DiploBriefErrorDetail {
  readonly reason: DiploBriefErrorReason;
  /** One sentence for a person. */
  readonly message: string;
  /** Validation problems with their paths, for `invalid`; empty otherwise. */
  readonly problems: readonly Problem[];
  readonly source?: BriefSource;
  /** The HTTP status, for `http`. */
  readonly status?: number;
}

/** Whether a resolved value is the error to show instead. */
export const isError = <T extends object>(value: T | DiploBriefErrorDetail): value is DiploBriefErrorDetail => "reason" in value;

export interface DiploSelectDetail {
  readonly kind: "entity";
  /** The chosen entity, or null when the choice was cleared. */
  readonly id: string | null;
}

export interface DiploEvidenceDetail {
  readonly itemId: string;
  /** Whether the span was found and highlighted in the host page's article. */
  readonly found: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    "diplo-brief-load": CustomEvent<DiploBriefLoadDetail>;
    "diplo-brief-error": CustomEvent<DiploBriefErrorDetail>;
    "diplo-select": CustomEvent<DiploSelectDetail>;
    "diplo-evidence": CustomEvent<DiploEvidenceDetail>;
  }
}

type DiploEventName = "diplo-brief-load" | "diplo-brief-error" | "diplo-select" | "diplo-evidence";
type DetailOf<K extends DiploEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches one of our events the way every element does: bubbling out of shadow roots. */
export function emit<K extends DiploEventName>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
