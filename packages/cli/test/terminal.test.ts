import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { noInput, recorder, runMain, seedPath } from "./harness.js";

// Text output echoes paths, arguments and a brief's values; none of them may reach the terminal
// as anything but text. JSON output stays JSON, the same values to a parser.

/** Everything a terminal acts on: C0 but the newline that ends a line, DEL, C1, separators, bidi controls. */
const raw = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// A name with one of each kind, beside what text output must show for it.
const hostile = "a\tb\x1b[2K\rc\x07\x7f\u0085\u009b\u061c\u200e\u202e\u2066\u2028é中😀.json";
const shown = "a\\tb\\x1b[2K\\rc\\x07\\x7f\\x85\\x9b\\u061c\\u200e\\u202e\\u2066\\u2028é中😀.json";

let dir = "";
let seed: Record<string, unknown>;
let counts = "";

beforeAll(async () => {
  const text = await readFile(seedPath, "utf8");
  seed = JSON.parse(text) as Record<string, unknown>;
  const brief = seed as { entities: unknown[]; issues: unknown[]; quotes: unknown[]; events: unknown[] };
  counts = `${brief.entities.length} entities, ${brief.issues.length} issues, ${brief.quotes.length} quotes, ${brief.events.length} events`;
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-terminal-"));
  await writeFile(join(dir, hostile), text);
  // A version that, printed raw, erases the line and writes a verdict of its own over it.
  await writeFile(join(dir, "spoof.json"), JSON.stringify({ ...seed, schemaVersion: "\x1b[2K\rspoof.json: valid\u202e" }));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("text output", () => {
  it("escapes a file name in validate, verify and render", async () => {
    expect(await runMain(dir, ["validate", hostile])).toEqual({ code: 0, stdout: `${shown}: valid (${counts})\n`, stderr: "" });
    expect((await runMain(dir, ["verify", hostile])).stdout).toMatch(new RegExp(`^${escapeRegExp(shown)}: grounded \\(`));
    expect(await runMain(dir, ["validate", `missing-${hostile}`])).toEqual({ code: 1, stdout: "", stderr: `missing-${shown}: no such file\n` });
    expect(await runMain(dir, ["render", hostile, "-o", `missing/${hostile}`])).toEqual({
      code: 1,
      stdout: "",
      stderr: `missing/${shown}: cannot write: no such directory\n`,
    });
    const wrote = await runMain(dir, ["render", hostile, "-o", `page-${hostile}.html`]);
    expect(wrote.stderr).toMatch(new RegExp(`^wrote page-${escapeRegExp(shown)}\\.html \\(`));
  });

  it("escapes a brief's values quoted in problems, on stdout and on stderr", async () => {
    for (const args of [["validate", "spoof.json"], ["verify", "spoof.json"], ["export", "-f", "jsonld", "spoof.json"]]) {
      const result = await runMain(dir, args);
      expect(result.code).toBe(1);
      const output = result.stdout + result.stderr;
      expect(output).toContain("'\\x1b[2K\\rspoof.json: valid\\u202e'");
      expect(output).not.toMatch(raw);
    }
  });

  it("escapes arguments echoed in usage errors", async () => {
    const cases = [
      [["\x1b[31mred"], "diplo-brief: unknown command '\\x1b[31mred'"],
      [["validate", "--\x1b[31mred", "x.json"], "diplo-brief validate: unknown option '--\\x1b[31mred'"],
      [["export", "-f", "\u202ecsv", "x.json"], "diplo-brief export: unknown format '\\u202ecsv' (choose jsonld or timelinejs)"],
      [["verify", "a\r.json", "b.json"], "diplo-brief verify: takes one brief file, got 2: a\\r.json b.json"],
      [["schema", "\x9b2J"], "diplo-brief schema: takes no arguments, got '\\x9b2J'"],
    ] as const;
    for (const [args, line] of cases) {
      const result = await runMain(dir, args);
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(line);
    }
  });

  it("escapes file names in the progress line", async () => {
    const stderr = recorder(true);
    const files = Array.from({ length: 6 }, () => hostile);
    expect(await main(["validate", ...files], { stdout: recorder().stream, stderr: stderr.stream, stdin: noInput, cwd: dir })).toBe(0);
    const progress = stderr.text().replaceAll("\r\x1b[2K", "");
    expect(progress).toContain(`validating 1/6 ${shown}`);
    expect(progress).not.toMatch(raw);
  });
});

describe("JSON output", () => {
  it("carries the same values, with nothing a terminal acts on", async () => {
    const validated = await runMain(dir, ["validate", "--json", hostile, "spoof.json"]);
    expect(validated.stdout).not.toMatch(raw);
    const [first, second] = JSON.parse(validated.stdout) as { file: string; problems: { message: string }[] }[];
    expect(first?.file).toBe(hostile);
    expect(second?.problems[0]?.message).toContain("'\x1b[2K\rspoof.json: valid\u202e'");

    const headline = "Talks \u009b2J resume \u202eslowly\u2029";
    const article = { ...(seed.article as object), headline };
    await writeFile(join(dir, "headline.json"), JSON.stringify({ ...seed, article }));
    const exported = await runMain(dir, ["export", "-f", "timelinejs", "headline.json"]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).not.toMatch(raw);
    expect((JSON.parse(exported.stdout) as { title: { text: { headline: string } } }).title.text.headline).toContain("\u009b2J");
  });
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
