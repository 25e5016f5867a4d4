import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { existsSync, watch } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { CliIo, InputStream } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";

// The command is tested as users run it: the built dist/bin.js in a real Node process, on real
// files; and in-process through `main`, for what a child process with pipes cannot show.
export const packageDir = fileURLToPath(new URL("..", import.meta.url));
export const binPath = join(packageDir, "dist", "bin.js");
export const seedPath = fileURLToPath(new URL("../../core/src/articles/blinken-beijing.brief.json", import.meta.url));
/** The gold set's articles (Wikinews, CC BY 2.5; U.S. Department of State, public domain: see SOURCES.md there), read at test time. */
export const goldDir = fileURLToPath(new URL("../../eval/gold/", import.meta.url));

export function requireBuild(): void {
  if (!existsSync(binPath)) {
    throw new Error(`${binPath} is missing: run npm run build -w @diplo-brief/cli (or turbo run build) before these tests`);
  }
}

export interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node dist/bin.js ...args` in `cwd`; the caller wires its streams. */
export function start(cwd: string, args: readonly string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [binPath, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"], ...options });
}

/** Runs `node dist/bin.js ...args` in `cwd`, with `input` (or nothing) on stdin. */
export async function run(cwd: string, args: readonly string[], input?: string | Buffer, options: SpawnOptions = {}): Promise<Result> {
  const child = start(cwd, args, options);
  // The command stops reading stdin once it is over the size limit: EPIPE here is expected.
  child.stdin?.on("error", () => {});
  child.stdin?.end(input);
  const { code, stdout, stderr } = await finished(child);
  return { code, stdout, stderr };
}

/** Everything `child` wrote, and how it ended: its exit code, or the signal it died of. */
export function finished(child: ChildProcess): Promise<Result & { readonly signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      // No outcome, expected or not, may show the user a stack trace.
      expect(stderr).not.toMatch(/^\s+at /m);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** An output stream for `main` that records what is written, or throws `fail` instead. */
export function recorder(isTTY = false, fail?: Error) {
  const chunks: string[] = [];
  return {
    chunks,
    text: () => chunks.join(""),
    stream: {
      isTTY,
      write(chunk: string): boolean {
        if (fail) throw fail;
        chunks.push(chunk);
        return true;
      },
    },
  };
}

export const noInput: InputStream = { async *[Symbol.asyncIterator](): AsyncGenerator<string> {} };

/** Runs `main` in-process in `cwd`, recording stdout and stderr. */
export async function runMain(cwd: string, args: readonly string[], io: Partial<CliIo> = {}): Promise<Result> {
  const stdout = recorder();
  const stderr = recorder();
  const code = await main(args, { stdout: stdout.stream, stderr: stderr.stream, stdin: noInput, cwd, ...io });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Whether the tests run as root, as CI does: only root can make a file belong to someone else. */
export const isRoot = process.getuid?.() === 0;

/** Spawn options for a user who is not root: `nobody` when the tests run as root. */
export const unprivileged: SpawnOptions = isRoot ? { uid: 65534, gid: 65534 } : {};

/** Resolves with the name of the first entry of `directory` matching `pattern`, once there is one. */
export function entryAppears(directory: string, pattern: RegExp, child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const watcher = watch(directory);
    const done = (settle: () => void): void => {
      watcher.close();
      child.off("exit", early);
      settle();
    };
    const early = (code: number | null): void => done(() => reject(new Error(`the command ended (${code}) before an entry matching ${pattern} appeared`)));
    const look = (): void => {
      readdir(directory).then((names) => {
        const name = names.find((n) => pattern.test(n));
        if (name !== undefined) done(() => resolve(name));
      }, reject);
    };
    child.on("exit", early);
    watcher.on("change", look).on("error", reject);
    look();
  });
}

/** Resolves with how `child` ended: its exit code, or the signal it died of. */
export function exit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
}
