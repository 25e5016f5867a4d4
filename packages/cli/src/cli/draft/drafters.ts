import { Worker } from "node:worker_threads";
import { describeError, internalErrorReason } from "../messages.js";
import type { ArticleSource } from "./article.js";
import type { Outcome } from "./draft-outcome.js";
import type { WorkerMessage } from "./draft-worker.js";

/** Drafts a batch's articles: in this thread for `--jobs 1`, in a pool of threads otherwise. Both give the same bytes. */
export interface Drafter {
  draft(article: ArticleSource): Promise<Outcome>;
  close(): Promise<void>;
}

/** The drafter loads on the first article: with threads, this thread never needs it. */
export const inThisThread: Drafter = {
  draft: async (article) => (await import("./draft-outcome.js")).draftOutcome(article),
  close: async () => {},
};

interface Pending {
  readonly article: ArticleSource;
  readonly resolve: (outcome: Outcome) => void;
}

/**
 * `size` worker threads, each drafting one article at a time; articles wait in order for the next
 * free thread. A thread that dies (out of memory, say) fails the article it had, and another takes
 * its place; a thread that cannot start fails every article, rather than leave them waiting.
 */
export class WorkerPool implements Drafter {
  readonly #queue: Pending[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #workers = new Set<Worker>();
  #closing = false;
  #cannotStart: string | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.#idle.push(this.#spawn());
  }

  draft(article: ArticleSource): Promise<Outcome> {
    return new Promise((resolve) => {
      this.#queue.push({ article, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  #spawn(): Worker {
    // Beside the module that holds this code once built: dist/draft-worker.js.
    const worker = new Worker(new URL("./draft-worker.js", import.meta.url));
    let started = false;
    let failure: unknown;
    this.#workers.add(worker);
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "ready") {
        started = true;
        return;
      }
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      this.#idle.push(worker);
      pending?.resolve(message.outcome);
      this.#dispatch();
    });
    // An uncaught error ends the thread: it is reported on `exit`, with the article the thread had.
    worker.on("error", (error) => {
      failure = error;
    });
    worker.on("exit", (code) => {
      this.#workers.delete(worker);
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle !== -1) this.#idle.splice(idle, 1);
      if (this.#closing) return;
      const why = failure === undefined ? `exit code ${code}` : describeError(failure);
      pending?.resolve({ ok: false, message: internalErrorReason(`the drafting thread stopped (${why})`) });
      if (started) this.#idle.push(this.#spawn());
      else this.#cannotStart = `cannot start a drafting thread (${why})`;
      this.#dispatch();
    });
    return worker;
  }

  #dispatch(): void {
    if (this.#cannotStart !== undefined) {
      for (const pending of this.#queue.splice(0)) pending.resolve({ ok: false, message: internalErrorReason(this.#cannotStart) });
      return;
    }
    while (this.#queue.length > 0 && this.#idle.length > 0) {
      const worker = this.#idle.shift() as Worker;
      const pending = this.#queue.shift() as Pending;
      this.#busy.set(worker, pending);
      worker.postMessage(pending.article);
    }
  }
}
