import type { Brief, Entity, Event, Issue, IssueParty, Quote, Role } from "@diplo-brief/core";
import type { Item } from "./items.js";
import { uniqueBy } from "./unique.js";

/** Where a reference to `id` now points: the same id, another, or undefined when the item it named is gone. */
export type Retarget = (id: string) => string | undefined;

/** A reference that changed: in the item `id`, at `field`, it no longer names `from`. */
export interface Change {
  readonly id: string;
  readonly field: string;
  readonly from: string;
}

export interface Retargeted {
  readonly brief: Brief;
  /** The references that changed in items that stay. */
  readonly changes: readonly Change[];
  /** Items that went because a reference they cannot do without (a quote's speaker) is gone, each by the change that removed it. */
  readonly removed: readonly Change[];
}

/** The references of one item as they are retargeted, and what changed. */
class References {
  readonly changes: Change[] = [];

  constructor(
    private readonly id: string,
    private readonly to: Retarget,
  ) {}

  one(field: string, from: string): string | undefined {
    const to = this.to(from);
    if (to !== from) this.changes.push({ id: this.id, field, from });
    return to;
  }

  /** A list of references, each kept once: two ids that now name one item become one. */
  many(field: string, ids: readonly string[]): string[] {
    return [...new Set(ids.flatMap((id) => this.one(field, id) ?? []))];
  }

  /** `value` with its optional reference `key` retargeted: kept, changed, or left out. */
  optional<T extends object, K extends keyof T & string>(value: T, key: K, field: string = key): T {
    const from = value[key];
    if (typeof from !== "string") return value;
    const to = this.one(field, from);
    if (to === from) return value;
    const rest = { ...value } as Record<string, unknown>;
    delete rest[key];
    return (to === undefined ? rest : { ...rest, [key]: to }) as T;
  }
}

/**
 * Every reference of `brief` passed through `to`: merging names another item, deleting names
 * none. A reference that can go, goes (a participant, a role's `of`); an item that cannot do
 * without it goes with it. Items whose references did not change are kept as they were.
 */
export function retargetBrief(brief: Brief, to: Retarget): Retargeted {
  const changes: Change[] = [];
  const removed: Change[] = [];
  const each = <T extends Item>(items: readonly T[], retarget: (item: T, refs: References) => T | undefined): T[] =>
    items.flatMap((item) => {
      const refs = new References(item.id, to);
      const next = retarget(item, refs);
      if (refs.changes.length === 0) return [item];
      if (next === undefined) {
        removed.push(refs.changes[0] as Change);
        return [];
      }
      changes.push(...refs.changes);
      return [next];
    });
  return {
    brief: {
      ...brief,
      entities: each(brief.entities, entity),
      issues: each(brief.issues, issue),
      quotes: each(brief.quotes, quote),
      events: each(brief.events, event),
    },
    changes,
    removed,
  };
}

/** Roles without repeats: the same title of the same entity (or of none) is one role. */
export const uniqueRoles = (roles: readonly Role[]): Role[] => uniqueBy(roles, (role) => `${role.title}\u0000${role.of ?? ""}`);

function entity(item: Entity, refs: References): Entity {
  return { ...item, roles: uniqueRoles(item.roles.map((role) => refs.optional(role, "of", "roles"))) };
}

function issue(item: Issue, refs: References): Issue {
  const parties = new Map<string, IssueParty>();
  for (const party of item.parties) {
    const id = refs.one("parties", party.entity);
    if (id === undefined) continue;
    const same = parties.get(id);
    // Two parties that are now one: the first stays, with the other's position if it had none.
    if (!same) parties.set(id, { ...party, entity: id });
    else if (same.position === undefined && party.position !== undefined) parties.set(id, { ...same, position: party.position });
  }
  return { ...item, parties: [...parties.values()] };
}

function quote(item: Quote, refs: References): Quote | undefined {
  const speaker = refs.one("speaker", item.speaker);
  if (speaker === undefined) return undefined;
  const next: Quote = { ...refs.optional(item, "event"), speaker, issues: refs.many("issues", item.issues) };
  return item.setting ? { ...next, setting: refs.optional(item.setting, "place", "setting.place") } : next;
}

function event(item: Event, refs: References): Event {
  return { ...refs.optional(item, "place"), participants: refs.many("participants", item.participants), issues: refs.many("issues", item.issues) };
}
