import { execFile } from "node:child_process";
import { constants, openSync } from "node:fs";
import { chmod, chown, link, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binPath, entryAppears, exit, isRoot, requireBuild, run, runMain, seedPath, start, unprivileged } from "./harness.js";

// `render -o PATH` should do what `> PATH` does in a shell, and replace regular files atomically
// where that keeps the meaning. Devices are reached through links in the test's own directory:
// if a regression replaced the path instead of writing to it, it replaces a link of ours, never
// the machine's /dev/full.

const execFileAsync = promisify(execFile);

let dir = "";
let seedText = "";

beforeAll(async () => {
  requireBuild();
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-output-"));
  // Others may enter, for the tests run as another user.
  await chmod(dir, 0o755);
  seedText = await readFile(seedPath, "utf8");
  await writeFile(join(dir, "brief.json"), seedText, { mode: 0o644 });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const render = (output: string) => runMain(dir, ["render", "brief.json", "-o", output]);
const at = (name: string): string => join(dir, name);
const isPage = (html: string): boolean => html.startsWith("<!doctype html>") && html.trimEnd().endsWith("</html>");
const tempFiles = async (): Promise<string[]> => (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".tmp"));
const wrote = (name: string): RegExp => new RegExp(`^wrote ${name.replace(/\./g, "\\.")} \\(\\d+(\\.\\d)? KB\\)\\n$`);

describe("render -o, on regular files", () => {
  it("replaces a file atomically, keeping its mode", async () => {
    await writeFile(at("private.html"), "an older page", { mode: 0o600 });
    await chmod(at("private.html"), 0o600);
    const before = await stat(at("private.html"));
    const result = await render("private.html");
    expect(result).toEqual({ code: 0, stdout: "", stderr: expect.stringMatching(wrote("private.html")) });
    const after = await stat(at("private.html"));
    expect(after.mode & 0o7777).toBe(0o600);
    expect(after.ino).not.toBe(before.ino); // a new file renamed into place, not the old one rewritten
    expect(isPage(await readFile(at("private.html"), "utf8"))).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it("gives a new file the mode a shell redirect gives it", async () => {
    await writeFile(at("by-shell.html"), "");
    expect((await render("new.html")).code).toBe(0);
    expect((await stat(at("new.html"))).mode).toBe((await stat(at("by-shell.html"))).mode);
  });

  it("follows symbolic links, relative and chained, and leaves them links", async () => {
    await mkdir(at("site"));
    await writeFile(at("site/page.html"), "an older page");
    await symlink("site/page.html", at("current.html"));
    await symlink("current.html", at("alias.html"));
    expect((await render("alias.html")).code).toBe(0);
    expect((await lstat(at("alias.html"))).isSymbolicLink()).toBe(true);
    expect((await lstat(at("current.html"))).isSymbolicLink()).toBe(true);
    expect(isPage(await readFile(at("site/page.html"), "utf8"))).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it("creates the file a dangling link points at, as > does", async () => {
    await mkdir(at("drafts"));
    await symlink("drafts/later.html", at("future.html"));
    expect((await render("future.html")).code).toBe(0);
    expect((await lstat(at("future.html"))).isSymbolicLink()).toBe(true);
    expect(isPage(await readFile(at("drafts/later.html"), "utf8"))).toBe(true);
  });

  it("writes a file with other hard links in place, so that every name shows the new page", async () => {
    await writeFile(at("served.html"), "an older page");
    await link(at("served.html"), at("archived.html"));
    const before = await stat(at("served.html"));
    expect((await render("served.html")).code).toBe(0);
    const after = await stat(at("served.html"));
    expect([after.ino, after.nlink]).toEqual([before.ino, 2]);
    expect(isPage(await readFile(at("archived.html"), "utf8"))).toBe(true);
  });

  it("replaces a file whose name is near the file system's limit of 255 bytes", async () => {
    const long = `${"a".repeat(250)}.html`;
    await writeFile(at(long), "an older page");
    expect((await render(long)).code).toBe(0);
    expect(isPage(await readFile(at(long), "utf8"))).toBe(true);
  });

  it("keeps the owner and group of a file it replaces", async () => {
    await writeFile(at("theirs.html"), "an older page");
    // Only root can give a file to someone else, as CI runs; as another user the file is already
    // ours, and the test only shows that nothing changes.
    if (isRoot) await chown(at("theirs.html"), 65534, 65534);
    const before = await stat(at("theirs.html"));
    expect((await render("theirs.html")).code).toBe(0);
    const after = await stat(at("theirs.html"));
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(isPage(await readFile(at("theirs.html"), "utf8"))).toBe(true);
  });
});

describe("render -o, on special files", () => {
  it("writes to a character device through a link, leaving both as they were", async () => {
    await symlink("/dev/null", at("null"));
    expect(await render("null")).toEqual({ code: 0, stdout: "", stderr: expect.stringMatching(wrote("null")) });
    expect((await lstat(at("null"))).isSymbolicLink()).toBe(true);
    expect((await stat("/dev/null")).isCharacterDevice()).toBe(true);
  });

  it("reports a full device in one line naming the path, exit 1", async () => {
    await symlink("/dev/full", at("full"));
    expect(await render("full")).toEqual({ code: 1, stdout: "", stderr: "full: cannot write: no space left on the device\n" });
    expect((await lstat(at("full"))).isSymbolicLink()).toBe(true);
    expect((await stat("/dev/full")).isCharacterDevice()).toBe(true);
  });

  it("writes into a FIFO, for the process reading it", async () => {
    await execFileAsync("mkfifo", [at("pipe")]);
    // Opened for reading without waiting for a writer, so that nothing blocks if no writer comes.
    const reader = new Socket({ fd: openSync(at("pipe"), constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
    const received = new Promise<string>((resolve, reject) => {
      let text = "";
      reader.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      reader.on("end", () => resolve(text)).on("error", reject);
    });
    try {
      expect((await render("pipe")).code).toBe(0);
      expect((await lstat(at("pipe"))).isFIFO()).toBe(true);
      expect(isPage(await received)).toBe(true);
    } finally {
      reader.destroy();
    }
  });

  it("writes to /dev/stdout, the command's own stdout, through a link", async () => {
    await symlink("/dev/stdout", at("out"));
    // Through a shell's pipe, as users run it: Node would give the child a socket, and a socket
    // cannot be opened by name, by a shell's redirection either.
    const command = `"${process.execPath}" "${binPath}" render brief.json -o out | cat`;
    const { stdout, stderr } = await execFileAsync("sh", ["-c", command], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    expect(stderr).toMatch(wrote("out"));
    expect(isPage(stdout)).toBe(true);
    expect((await lstat(at("out"))).isSymbolicLink()).toBe(true);
  });
});

describe("render -o, failing", () => {
  it("reports every failure in one line naming the path, exit 1", async () => {
    await writeFile(at("a-file"), "");
    await symlink("loop", at("loop"));
    await mkdir(at("a-directory"));
    expect(await render("a-directory")).toEqual({ code: 1, stdout: "", stderr: "a-directory: cannot write: is a directory\n" });
    expect((await render("a-file/page.html")).stderr).toBe("a-file/page.html: cannot write: a part of the path is not a directory\n");
    expect((await render("missing/page.html")).stderr).toBe("missing/page.html: cannot write: no such directory\n");
    expect((await render("loop")).stderr).toBe("loop: cannot write: too many symbolic links\n");
  });

  it("reports a path it may not write, and writes in place a file it may write in a directory it may not", async () => {
    await mkdir(at("locked"));
    await writeFile(at("locked/read-only.html"), "an older page", { mode: 0o444 });
    await writeFile(at("locked/open.html"), "an older page", { mode: 0o666 });
    await chmod(at("locked/open.html"), 0o666);
    await chmod(at("locked"), 0o555);
    try {
      const asUser = (output: string) => run(dir, ["render", "brief.json", "-o", output], undefined, unprivileged);
      expect(await asUser("locked/read-only.html")).toEqual({ code: 1, stdout: "", stderr: "locked/read-only.html: cannot write: permission denied\n" });
      expect(await asUser("locked/new.html")).toEqual({ code: 1, stdout: "", stderr: "locked/new.html: cannot write: permission denied\n" });
      const before = await stat(at("locked/open.html"));
      expect((await asUser("locked/open.html")).code).toBe(0);
      expect((await stat(at("locked/open.html"))).ino).toBe(before.ino);
      expect(isPage(await readFile(at("locked/open.html"), "utf8"))).toBe(true);
    } finally {
      await chmod(at("locked"), 0o755);
    }
  });

  it("writes in place a file whose owner it may not give a new file", async () => {
    // A file of ours, in a directory anyone may write in, rendered by another user: `nobody` as
    // root, as CI runs. Run by anyone else, the user is ourselves and the file is simply replaced.
    await mkdir(at("shared"));
    await chmod(at("shared"), 0o777);
    await writeFile(at("shared/roots.html"), "an older page");
    await chmod(at("shared/roots.html"), 0o666);
    const before = await stat(at("shared/roots.html"));
    const result = await run(dir, ["render", "brief.json", "-o", "shared/roots.html"], undefined, unprivileged);
    expect(result.code).toBe(0);
    const after = await stat(at("shared/roots.html"));
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
    expect(after.ino === before.ino).toBe(isRoot);
    expect(isPage(await readFile(at("shared/roots.html"), "utf8"))).toBe(true);
    expect(await readdir(at("shared"))).toEqual(["roots.html"]);
  });
});

describe("render -o, interrupted", () => {
  // Killed by the signal rather than exiting with 130 or 143: the shell shows the same $?, and a
  // shell loop running the command stops on Ctrl-C only when the command died of it.
  it.each(["SIGINT", "SIGTERM"] as const)("removes its temporary file on %s, then dies of the signal", async (signal) => {
    const page = `interrupted-${signal}.html`;
    await writeFile(at(page), "the page being served");
    // Reading the brief from a stdin that stays open: the temporary file beside the page exists
    // (it is created before the brief is read) and the command waits on the rest of the brief.
    const child = start(dir, ["render", "-", "-o", page]);
    child.stdin?.on("error", () => {});
    child.stdin?.write(seedText.slice(0, 1000));
    const temp = await entryAppears(dir, new RegExp(`^\\.interrupted-${signal}\\.html\\..*\\.tmp$`), child);
    const ended = exit(child);
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    expect(await readdir(dir)).not.toContain(temp);
    expect(await readFile(at(page), "utf8")).toBe("the page being served");
  });
});
