import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { safeParseBrief } from "@diplo-brief/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryAppears, exit, goldDir, requireBuild, run, start } from "./harness.js";

// `draft --jobs N` and Ctrl-C, as users run them: the built command in a real process, whose
// threads load dist/draft-worker.js.

let dir = "";
let gold: string[] = [];

const at = (...parts: string[]): string => join(dir, ...parts);

/** Every file of `directory` with its content, by name. */
async function contents(directory: string): Promise<Map<string, string>> {
  const names = (await readdir(at(directory))).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(at(directory, name), "utf8")] as const)));
}

const failures = (stderr: string): string[] => stderr.split("\n").filter((line) => line.startsWith("archive/") || line.startsWith("archive.ndjson:")).sort();

beforeAll(async () => {
  requireBuild();
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-jobs-"));
  gold = (await readdir(goldDir)).filter((name) => name.endsWith(".txt"));
  // The gold set four times over, in folders, with one article that cannot be drafted.
  for (const copy of ["2015", "2016", "2017", "2018"]) {
    for (const name of gold) await cp(join(goldDir, name), at("archive", copy, name));
  }
  await writeFile(at("archive", "2018", "blank.txt"), "\u200b\n");
  const records = await Promise.all(gold.map(async (name) => JSON.stringify({ id: name, text: await readFile(join(goldDir, name), "utf8") })));
  await writeFile(at("archive.ndjson"), `${[...records, '{"id": "broken"'].join("\n")}\n`);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("draft --jobs", () => {
  it("writes the very same briefs with two threads as with one, and reports the same failures", async () => {
    const one = await run(dir, ["draft", "archive", "--out-dir", "one", "--jobs", "1"]);
    const two = await run(dir, ["draft", "archive", "--out-dir", "two", "--jobs", "2"]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(failures(two.stderr)).toEqual(["archive/2018/blank.txt: The article text is blank: there is nothing to draft a brief from."]);
    const briefs = await contents("one");
    expect(briefs.size).toBe(gold.length * 4);
    expect(await contents("two")).toEqual(briefs);
    expect(two.stdout).toBe("");
  });

  it("does so for an NDJSON archive too", async () => {
    const one = await run(dir, ["draft", "archive.ndjson", "--out-dir", "ndjson-one"]);
    const two = await run(dir, ["draft", "archive.ndjson", "--out-dir", "ndjson-two", "--jobs", "2"]);
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(failures(two.stderr)).toEqual(failures(one.stderr));
    expect(failures(two.stderr)).toEqual([expect.stringMatching(new RegExp(`^archive\\.ndjson:${gold.length + 1}: not valid JSON: `))]);
    expect((await contents("ndjson-one")).size).toBe(gold.length);
    expect(await contents("ndjson-two")).toEqual(await contents("ndjson-one"));
  });
});

describe("draft --out-dir, interrupted", () => {
  it("stops on Ctrl-C with no temporary file left and no brief half-written, and a second run finishes the rest", async () => {
    await mkdir(at("interrupted"));
    const child = start(dir, ["draft", "archive", "--out-dir", "interrupted", "--jobs", "2"]);
    child.stdin?.end();
    // Once the first brief is in place the batch is under way, with briefs still to write.
    await entryAppears(at("interrupted"), /\.brief\.json$/, child);
    const ended = exit(child);
    child.kill("SIGINT");
    expect(await ended).toEqual({ code: null, signal: "SIGINT" });

    const left = await readdir(at("interrupted"));
    expect(left.filter((name) => !name.endsWith(".brief.json"))).toEqual([]);
    expect(left.length).toBeLessThan(gold.length * 4);
    for (const name of left) expect(safeParseBrief(JSON.parse(await readFile(at("interrupted", name), "utf8"))).success).toBe(true);

    const resumed = await run(dir, ["draft", "archive", "--out-dir", "interrupted", "--jobs", "2"]);
    expect(resumed.stderr.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^drafted ${gold.length * 4 - left.length}, skipped ${left.length} already drafted, failed 1, `),
    );
    expect(await contents("interrupted")).toEqual(await contents("one"));
  });
});
