import { unlinkSync } from "node:fs";

/** Temporary files not yet renamed into place; process-wide, as the signals that end the process are. */
const pending = new Set<string>();

/** Marks `path` for removal if the process ends before it is done with; returns what forgets it. */
export function removeAtExit(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

/**
 * Removes every pending temporary file. Synchronous, because it runs on the way out: in an
 * `exit` listener, or in a signal handler just before the signal is raised again.
 */
export function removePendingTempFiles(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or not ours to remove any more: either way nothing is left to do.
    }
  }
  pending.clear();
}
