import { fstatSync } from "node:fs";
import { ExitCode } from "./exit-codes.js";
import { describeFsError } from "./fs-errors.js";
import { interruptPending } from "./interrupt.js";
import type { CliIo, InputStream, OutputStream, StreamName } from "./io.js";
import { cannotWriteLine, internalErrorMessage } from "./messages.js";
import { redactor } from "./secrets.js";
import { removePendingTempFiles } from "./temp-files.js";

/** The signals that end a run early, each to be raised again once the temporary files are gone. */
const endingSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * The real process's streams. Also handles what `main` cannot catch because it arrives as an
 * event rather than a rejected promise, so that none of it ends in a stack trace either.
 */
export function nodeIo(): CliIo {
  process.on("uncaughtException", (error) => {
    process.stderr.write(redactor()(internalErrorMessage(error)));
    process.exit(ExitCode.internal);
  });
  // `exit` comes with every process.exit, but not with a signal: that is caught, the files are
  // removed, and the signal raised again with its default action, so that the command dies of it
  // and the shell sees as much ($? 130 for SIGINT, 143 for SIGTERM, and a loop running it stops).
  // process.exit(130) would also hang while a thread is blocked opening a FIFO no one reads.
  // Interruptible work (a request to a model) is aborted first, and the process dies once it has
  // stopped; the handler is gone by then, so a second Ctrl-C kills at once.
  process.once("exit", removePendingTempFiles);
  for (const signal of endingSignals) {
    process.once(signal, () => {
      const die = (): void => {
        removePendingTempFiles();
        process.kill(process.pid, signal);
      };
      const stopping = interruptPending(signal);
      if (stopping) void stopping.then(die);
      else die();
    });
  }
  return { stdout: watched(process.stdout, "stdout"), stderr: watched(process.stderr, "stderr"), stdin: stdin(), cwd: process.cwd() };
}

/**
 * A real stream's failures arrive as `error` events, after the write that caused them returned. A
 * reader closing the pipe (`| head`) is the reader's choice: later writes go nowhere and the run's
 * own exit code stands. Any other failure ends the run at once with exit 1.
 */
function watched(stream: NodeJS.WriteStream, name: StreamName): OutputStream {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code === "EPIPE") return;
    if (name === "stdout") process.stderr.write(`${cannotWriteLine(name, describeFsError(error, "write"))}\n`);
    process.exit(ExitCode.failed);
  });
  return { isTTY: stream.isTTY === true, write: (chunk) => closed || stream.write(chunk) };
}

/** Node reads a directory on stdin (`- < briefs/`) as empty input; this says what it is instead. */
function stdin(): InputStream {
  let isDirectory = false;
  try {
    isDirectory = fstatSync(0).isDirectory();
  } catch {
    // No descriptor 0 to look at: process.stdin copes with that on its own.
  }
  if (!isDirectory) return process.stdin;
  return {
    async *[Symbol.asyncIterator]() {
      throw Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: "EISDIR" });
    },
  };
}
