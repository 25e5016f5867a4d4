import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { type FileHandle, lstat, open, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ExitCode } from "./exit-codes.js";
import { describeFsError } from "./fs-errors.js";
import type { CliIo } from "./io.js";
import { cannotWriteLine } from "./messages.js";
import { removeAtExit } from "./temp-files.js";

/** Why an output file could not be written, as the part after `file: cannot write: `. */
export class OutputError extends Error {
  override readonly name = "OutputError";
}

/** Reports an output that could not be written in one line naming it, and gives the exit code; anything but an `OutputError` is a bug, thrown on. */
export function cannotWrite(file: string, error: unknown, io: CliIo): ExitCode {
  if (!(error instanceof OutputError)) throw error;
  io.stderr.write(`${cannotWriteLine(file, error.message)}\n`);
  return ExitCode.failed;
}

/** Where `render -o` writes, opened before the brief is read so that a path it cannot write fails first. */
export interface Output {
  /** Writes the whole of `content`, or throws an `OutputError`. */
  write(content: string): Promise<void>;
  /** Gives up: removes the temporary file, if there is one and it was not renamed into place. */
  discard(): Promise<void>;
}

/**
 * Opens `path` (absolute) for what a shell user expects of `> path`, made atomic where that keeps
 * the meaning:
 * - symbolic links are followed, and stay links;
 * - a regular file is replaced: written beside it, then renamed over it with its mode, owner and
 *   group, so a reader (a web server) sees the old page or the whole new one, never half of it;
 * - anything a new file in its place would not stand for is written in place, as `>` writes it:
 *   a device (`/dev/null`), a FIFO, an open descriptor (`/dev/stdout`), a file with other hard
 *   links (they would keep the old page), one whose owner only root could give a new file, or one
 *   in a directory we may not create files in.
 */
export async function openOutput(path: string): Promise<Output> {
  try {
    const name = await linkTarget(path);
    const existing = await stat(name ?? path).catch(unlessMissing);
    if (existing?.isDirectory()) throw new OutputError("is a directory");
    if (name !== undefined && (existing === undefined || (existing.isFile() && existing.nlink === 1))) {
      const output = await replacement(name, existing);
      if (output) return output;
    }
    return inPlace(path);
  } catch (error) {
    throw asOutputError(error);
  }
}

/** Linux's own limit on the symbolic links it follows in one lookup. */
const MAX_LINKS = 40;

/**
 * The name `path`'s symbolic links end at, which a replacement is renamed to so that the links stay
 * links. Undefined where they lead through /proc (`/dev/stdout`, `/dev/fd/3`): those name an open
 * file, perhaps a pipe or a terminal, not an entry in a directory.
 */
async function linkTarget(path: string): Promise<string | undefined> {
  let name = path;
  for (let links = 0; links <= MAX_LINKS; links++) {
    const directory = await realpath(dirname(name));
    if (directory === "/proc" || directory.startsWith("/proc/")) return undefined;
    name = join(directory, basename(name));
    const stats = await lstat(name).catch(unlessMissing);
    if (!stats?.isSymbolicLink()) return name;
    name = resolve(directory, await readlink(name));
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

function inPlace(path: string): Output {
  return {
    async write(content) {
      try {
        await writeFile(path, content);
      } catch (error) {
        throw asOutputError(error);
      }
    },
    async discard() {},
  };
}

/**
 * A temporary file beside `name`, to be renamed over it; undefined where the new file could not
 * stand for the old one (an owner we may not give it) or cannot be created (a directory we may not
 * write in, though the file itself may be writable).
 */
async function replacement(name: string, existing: Stats | undefined): Promise<Output | undefined> {
  // The name only shows whose file it is: cut short, so that a name near the file system's limit still has room for it.
  const temp = join(dirname(name), `.${basename(name).slice(0, 64)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  // Registered before it exists, so that no signal can come between its creation and its registration.
  const forget = removeAtExit(temp);
  let handle: FileHandle;
  try {
    // A new file gets 0666 less the umask, as `>` gives it; a replacement stays private until it has the old file's mode.
    handle = await open(temp, "wx", existing ? 0o600 : 0o666);
  } catch (error) {
    forget();
    if (existing && hasCode(error, "EACCES", "EPERM")) return undefined;
    throw error;
  }
  let state: "open" | "closed" | "renamed" = "open";
  const discard = async (): Promise<void> => {
    if (state === "renamed") return;
    if (state === "open") await handle.close().catch(() => undefined);
    state = "closed";
    await rm(temp, { force: true });
    forget();
  };
  try {
    if (existing) {
      if (!(await giveOwner(handle, existing))) {
        await discard();
        return undefined;
      }
      // After chown, which clears the set-id bits.
      await handle.chmod(existing.mode & 0o7777);
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    async write(content) {
      try {
        await handle.writeFile(content);
        // On disk before the rename, so that a crash cannot leave the name on an empty file.
        await handle.sync();
        state = "closed";
        await handle.close();
        await rename(temp, name);
        state = "renamed";
        forget();
      } catch (error) {
        await discard();
        throw asOutputError(error);
      }
    },
    discard,
  };
}

/** Gives the temporary file the old file's owner and group; false where that is not ours to do (only root gives files away). */
async function giveOwner(handle: FileHandle, existing: Stats): Promise<boolean> {
  const created = await handle.stat();
  if (created.uid === existing.uid && created.gid === existing.gid) return true;
  try {
    await handle.chown(existing.uid, existing.gid);
    return true;
  } catch (error) {
    // EINVAL: an owner that does not exist in this user namespace (a rootless container).
    if (hasCode(error, "EPERM", "EINVAL")) return false;
    throw error;
  }
}

const hasCode = (error: unknown, ...codes: string[]): boolean => codes.includes((error as NodeJS.ErrnoException | undefined)?.code ?? "");

function unlessMissing(error: unknown): undefined {
  if (hasCode(error, "ENOENT")) return undefined;
  throw error;
}

const asOutputError = (error: unknown): OutputError => (error instanceof OutputError ? error : new OutputError(describeFsError(error, "write")));
