import { safeParseBrief } from "@diplo-brief/core";
import { createStore, del, entries, get, set, type UseStore } from "idb-keyval";
import { progress, type Session } from "./session.js";

let store: UseStore | undefined;
// Opened on first use, so that importing the model opens no database (in Node, or on a page that never saves).
const sessions = (): UseStore => (store ??= createStore("diplo-brief-studio", "sessions"));

export async function saveSession(session: Session): Promise<void> {
  await set(session.id, session, sessions());
}

export async function loadSession(id: string): Promise<Session | undefined> {
  return asSession(await get<unknown>(id, sessions()));
}

/** Every stored session, the one changed last first. */
export async function listSessions(): Promise<readonly { id: string; title: string; updated: number; reviewed: number; total: number }[]> {
  const stored = await entries<IDBValidKey, unknown>(sessions());
  return stored
    .flatMap(([, value]) => {
      const session = asSession(value);
      return session ? [{ id: session.id, title: session.title, updated: session.updated, ...progress(session) }] : [];
    })
    .sort((a, b) => b.updated - a.updated);
}

export async function deleteSession(id: string): Promise<void> {
  await del(id, sessions());
}

/**
 * A stored value as a session, or undefined when it is not one (damaged, or written by another
 * version of the studio): a session's brief is always valid, so one that is not is not offered.
 */
function asSession(value: unknown): Session | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { id, title, brief, accepted, created, updated } = value as Record<string, unknown>;
  const parsed = safeParseBrief(brief);
  const ok =
    typeof id === "string" &&
    typeof title === "string" &&
    typeof created === "number" &&
    typeof updated === "number" &&
    Array.isArray(accepted) &&
    accepted.every((item) => typeof item === "string");
  return ok && parsed.success ? { id, title, brief: parsed.data, accepted, created, updated } : undefined;
}
