import { parentPort } from "node:worker_threads";
import type { ArticleSource } from "./article.js";
import { draftOutcome, type Outcome } from "./draft-outcome.js";

/** What a drafting thread says: that it has loaded the drafter, then the outcome of each article it is sent, in turn. */
export type WorkerMessage = { readonly kind: "ready" } | { readonly kind: "drafted"; readonly outcome: Outcome };

// The entry point of each `--jobs` thread: it drafts what it is sent, one article at a time.
const port = parentPort;
if (port === null) throw new Error("draft-worker.js runs as a worker thread of diplo-brief draft");
port.on("message", async (article: ArticleSource) => {
  port.postMessage({ kind: "drafted", outcome: await draftOutcome(article) } satisfies WorkerMessage);
});
// Sent once the drafter's modules have loaded (static imports load before this line runs), so
// that the pool can tell a thread that cannot start from one that stopped while drafting.
port.postMessage({ kind: "ready" } satisfies WorkerMessage);
