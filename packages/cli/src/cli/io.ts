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

export type StreamName = "stdout" | "stderr";

/** A write to stdout or stderr threw: what was to be said is lost, so the run fails, whatever it was doing. */
export class StreamWriteError extends Error {
  override readonly name = "StreamWriteError";

  constructor(
    readonly stream: StreamName,
    override readonly cause: unknown,
  ) {
    super(`cannot write to ${stream}`);
  }
}

/** `io` with writes that throw a `StreamWriteError` naming their stream when they fail. */
export function guardWrites(io: CliIo): CliIo {
  const guard = (stream: OutputStream, name: StreamName): OutputStream => ({
    isTTY: stream.isTTY === true,
    write(chunk) {
      try {
        return stream.write(chunk);
      } catch (error) {
        throw new StreamWriteError(name, error);
      }
    },
  });
  return { ...io, stdout: guard(io.stdout, "stdout"), stderr: guard(io.stderr, "stderr") };
}
