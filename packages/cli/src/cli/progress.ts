import type { OutputStream } from "./io.js";
import { printable } from "./printable.js";

/**
 * `validating 3/12 brief.json` on one self-erasing terminal line. Drawn only when the stream is a
 * terminal: in a pipe or a log file it would be noise, and stdout is never touched.
 */
export class Progress {
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly enabled: boolean,
  ) {}

  update(text: string): void {
    if (!this.enabled) return;
    this.stream.write(`\r\x1b[2K${printable(text)}`);
    this.shown = true;
  }

  /** Erases the line, before anything else is printed and at the end. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[2K");
    this.shown = false;
  }
}
