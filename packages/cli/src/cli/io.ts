import { ExitCode } from "./exit-codes.js";
import { describeError, internalErrorMessage, PROGRAM } from "./messages.js";

/** Where the command writes: `process.stdout`/`process.stderr`, or a recorder in tests. */
export interface OutputStream {
  write(chunk: string): unknown;
  /** Progress is drawn only on a terminal, never into a file or a pipe. */
  readonly isTTY?: boolean;
}

export interface InputStream extends AsyncIterable<Uint8Array | string> {
  readonly isTTY?: boolean;
}

/** Everything the command touches outside the file system, so it can run in-process in tests. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  /** What relative paths on the command line are relative to. */
  readonly cwd: string;
}

/**
 * The real process's streams. Also handles what `main` cannot catch because it arrives as an
 * event rather than a rejected promise, so that none of it ends in a stack trace either.
 */
export function nodeIo(): CliIo {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `diplo-brief render brief.json | head` closes the pipe early: the reader's choice, not a failure.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? ExitCode.ok);
    process.stderr.write(`${PROGRAM}: cannot write the output: ${describeError(error)}\n`);
    process.exit(ExitCode.failed);
  });
  process.on("uncaughtException", (error) => {
    process.stderr.write(internalErrorMessage(error));
    process.exit(ExitCode.internal);
  });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}
