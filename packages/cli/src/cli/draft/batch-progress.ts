import type { OutputStream } from "../io.js";
import { Progress } from "../progress.js";

const BAR_WIDTH = 20;

/** In a log, a line at each tenth of the batch, and at least this often while it runs. */
const LOG_EVERY_MS = 60_000;

/**
 * How far a batch has got, on stderr. On a terminal, a bar redrawn in place as each article is
 * done (`[#####...............] 37/200 12.3/s 2024/talks.html`); in a pipe, a file or a CI log, a
 * plain line at each tenth of the batch and at least once a minute, which reads well in a log and
 * shows a job that is still alive.
 */
export class BatchProgress {
  readonly #bar: Progress;
  readonly #logging: boolean;
  readonly #started = performance.now();
  #done = 0;
  #lastLogged = this.#started;
  #lastTenth = 0;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
  ) {
    const terminal = stream.isTTY === true;
    this.#bar = new Progress(stream, terminal);
    this.#logging = !terminal;
  }

  /** An article is done with, drafted or failed; `label` names it. */
  advance(label: string): void {
    this.#done++;
    const rate = this.#done / Math.max((performance.now() - this.#started) / 1000, 0.001);
    if (!this.#logging) {
      const filled = Math.round((this.#done / this.total) * BAR_WIDTH);
      this.#bar.update(`[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${this.#done}/${this.total} ${rate.toFixed(1)}/s ${label}`);
      return;
    }
    const tenth = Math.floor((this.#done * 10) / this.total);
    const now = performance.now();
    if (this.#done < this.total && (tenth > this.#lastTenth || now - this.#lastLogged >= LOG_EVERY_MS)) {
      this.stream.write(`${this.#done}/${this.total} articles done (${Math.floor((this.#done * 100) / this.total)}%), ${rate.toFixed(1)} articles/s\n`);
      this.#lastTenth = tenth;
      this.#lastLogged = now;
    }
  }

  /** Erases the bar before a line of its own is printed, and at the end. */
  clear(): void {
    this.#bar.clear();
  }
}
