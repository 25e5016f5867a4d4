import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Brief, SCHEMA_VERSION } from "@diplo-brief/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { binPath, noInput, packageDir, recorder, type Result, requireBuild, run as runIn, seedPath } from "./harness.js";

let dir = "";
let seed: Brief;
let seedText = "";

const run = (args: readonly string[], input?: string | Buffer): Promise<Result> => runIn(dir, args, input);

/** The seed brief with one value replaced, as the JSON text of a file. */
function briefWith(path: readonly (string | number)[], value: unknown): string {
  const brief: unknown = structuredClone(seed);
  let node = brief as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return JSON.stringify(brief, null, 2);
}

const validLine = (file: string): string =>
  `${file}: valid (${seed.entities.length} entities, ${seed.issues.length} issues, ${seed.quotes.length} quotes, ${seed.events.length} events)`;

const usageError = (command: string | undefined, message: string): string =>
  `diplo-brief${command ? ` ${command}` : ""}: ${message}\nRun 'diplo-brief${command ? ` ${command}` : ""} --help' for usage.\n`;

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

const alteredQuote = "I’m certain that, over the next several months, I’ll be meeting with Xi again";

beforeAll(async () => {
  requireBuild();
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-cli-"));
  seedText = await readFile(seedPath, "utf8");
  seed = JSON.parse(seedText) as Brief;

  await writeFile(join(dir, "brief.json"), seedText);
  await writeFile(join(dir, "dangling.json"), briefWith(["quotes", 2, "speaker"], "qin"));
  await writeFile(join(dir, "wrong-type.json"), briefWith(["quotes", 0, "evidence", 0, "start"], "12"));
  await writeFile(join(dir, "span-mismatch.json"), briefWith(["entities", 1, "evidence", 0, "text"], "Chinese Foreign Minister Qin Gong"));
  // Valid in shape, spans and references; only the grounding check can see the changed word.
  await writeFile(join(dir, "altered-quote.json"), briefWith(["quotes", 6, "text"], alteredQuote));
  // A missing comma: V8 reports it with an offset.
  await writeFile(join(dir, "malformed.json"), '{\n  "schemaVersion": "1.0"\n  "article": {}\n}\n');
  // An unexpected token: V8 quotes a snippet instead of giving an offset.
  await writeFile(join(dir, "token.json"), '{\n  "schemaVersion": }\n');
  await writeFile(join(dir, "empty.json"), "");
  await mkdir(join(dir, "briefs"));
  // Sparse: 8 GB on paper, nothing on disk. Reading it before checking the size would take far
  // longer than the test's timeout, or fail on Node's buffer limit with another message.
  const huge = await open(join(dir, "huge.json"), "w");
  await huge.truncate(8 * 1024 ** 3);
  await huge.close();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the built command", () => {
  it("starts with a hashbang so npm can link it as an executable", async () => {
    const [firstLine] = (await readFile(binPath, "utf8")).split("\n");
    expect(firstLine).toBe("#!/usr/bin/env node");
  });

  it("--version and -v print the version in package.json", async () => {
    const { version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      expect(await run([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("--help and -h print the usage with every command on stdout", async () => {
    const long = await run(["--help"]);
    expect(long.code).toBe(0);
    expect(long.stderr).toBe("");
    expect(long.stdout).toContain("Usage: diplo-brief <command>");
    for (const command of ["validate", "verify", "schema", "export", "render"]) expect(long.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(await run(["-h"])).toEqual(long);
  });

  it("<command> --help, -h and help <command> print that command's usage", async () => {
    const result = await run(["render", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Usage: diplo-brief render <brief.json>/);
    for (const option of ["--output", "--fragment", "--script"]) expect(result.stdout).toContain(option);
    expect(await run(["render", "-h"])).toEqual(result);
    expect(await run(["help", "render"])).toEqual(result);
    expect((await run(["export", "--help"])).stdout).toContain("-f, --format <format>");
  });

  it("run with no arguments prints the usage on stderr and exits 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: diplo-brief <command>");
  });

  it("an unknown command is a usage error with a hint to --help", async () => {
    expect(await run(["frobnicate"])).toEqual({ code: 2, stdout: "", stderr: usageError(undefined, "unknown command 'frobnicate'") });
    expect((await run(["valdate", "brief.json"])).stderr).toBe(usageError(undefined, "unknown command 'valdate' (did you mean 'validate'?)"));
    expect((await run(["brief.json"])).stderr).toBe(
      usageError(undefined, "unknown command 'brief.json' (to check a file: diplo-brief validate brief.json)"),
    );
  });

  it("an unknown option is a usage error naming the option", async () => {
    expect(await run(["validate", "--strict", "brief.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: usageError("validate", "unknown option '--strict'"),
    });
    expect(await run(["--bogus"])).toEqual({ code: 2, stdout: "", stderr: usageError(undefined, "unknown option '--bogus'") });
  });

  it("missing or extra arguments are usage errors", async () => {
    expect(await run(["validate"])).toEqual({
      code: 2,
      stdout: "",
      stderr: usageError("validate", "missing <brief.json> (one or more files, or - for stdin)"),
    });
    expect((await run(["verify"])).stderr).toBe(usageError("verify", "missing <brief.json> (a file, or - for stdin)"));
    expect((await run(["verify", "brief.json", "dangling.json"])).stderr).toBe(
      usageError("verify", "takes one brief file, got 2: brief.json dangling.json"),
    );
    expect((await run(["render"])).code).toBe(2);
    expect((await run(["schema", "brief.json"])).stderr).toBe(usageError("schema", "takes no arguments, got 'brief.json'"));
    expect((await run(["validate", "-", "-"])).stderr).toBe(usageError("validate", "stdin (-) can be read only once"));
  });
});

describe("validate", () => {
  it("reports a valid brief with its counts and exits 0", async () => {
    expect(await run(["validate", "brief.json"])).toEqual({ code: 0, stdout: `${validLine("brief.json")}\n`, stderr: "" });
  });

  it("prints each problem as file: path: message and exits 1", async () => {
    expect(await run(["validate", "dangling.json"])).toEqual({
      code: 1,
      stdout: "dangling.json: quotes[2].speaker: no entity with id 'qin'\n",
      stderr: "",
    });
    expect((await run(["validate", "wrong-type.json"])).stdout).toBe(
      "wrong-type.json: quotes[0].evidence[0].start: expected a number, got the string '12'\n",
    );
    const mismatch = await run(["validate", "span-mismatch.json"]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toMatch(
      /^span-mismatch\.json: entities\[1\]\.evidence\[0\]\.text: 'Chinese Foreign Minister Qin Gong' does not match article\.text\[\d+–\d+\], which reads 'Chinese Foreign Minister Qin Gang'\n$/,
    );
  });

  it("checks every file, in order, and exits 1 if any is invalid or unreadable", async () => {
    const result = await run(["validate", "brief.json", "dangling.json", "missing.json", "brief.json"]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([validLine("brief.json"), "dangling.json: quotes[2].speaker: no entity with id 'qin'", validLine("brief.json")]);
    expect(result.stderr).toBe("missing.json: no such file\n");
  });

  it("--json prints [{ file, valid, problems: [{ path, code, message }] }] and nothing else", async () => {
    const result = await run(["validate", "--json", "brief.json", "dangling.json", "missing.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([
      { file: "brief.json", valid: true, problems: [] },
      {
        file: "dangling.json",
        valid: false,
        problems: [{ path: ["quotes", 2, "speaker"], code: "dangling-reference", message: "quotes[2].speaker: no entity with id 'qin'" }],
      },
      { file: "missing.json", valid: false, problems: [{ path: [], code: "unreadable", message: "no such file" }] },
    ]);
    expect((await run(["validate", "--json", "brief.json"])).code).toBe(0);
  });

  it("with many files shows no progress when stderr is not a terminal", async () => {
    const files = Array.from({ length: 7 }, () => "brief.json");
    const result = await run(["validate", ...files]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(lines(result.stdout)).toEqual(files.map(validLine));
  });
});

describe("reading input", () => {
  it("reports a missing file", async () => {
    expect(await run(["validate", "missing.json"])).toEqual({ code: 1, stdout: "", stderr: "missing.json: no such file\n" });
  });

  it("reports a directory", async () => {
    expect(await run(["validate", "briefs"])).toEqual({ code: 1, stdout: "", stderr: "briefs: is a directory, not a brief file\n" });
  });

  it("reports malformed JSON as an invalid brief, with the parser's message and the line and column", async () => {
    const result = await run(["validate", "malformed.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    // The wording is V8's; the position is ours to get right.
    expect(result.stdout).toMatch(/^malformed\.json: brief: is not valid JSON: [^\n]*after property value \(line 3, column 3\)\n$/);
    expect(result.stdout).not.toContain("position");
    const json = JSON.parse((await run(["validate", "--json", "malformed.json"])).stdout);
    expect(json[0].problems.map((p: { code: string }) => p.code)).toEqual(["invalid-json"]);
  });

  it("finds the line and column where the parser gives none, without echoing the file", async () => {
    const result = await run(["validate", "token.json"]);
    expect(result).toEqual({ code: 1, stdout: "token.json: brief: is not valid JSON: Unexpected token '}' (line 2, column 20)\n", stderr: "" });
  });

  it("accepts a UTF-8 byte order mark and names text in another encoding", async () => {
    await writeFile(join(dir, "bom.json"), `\uFEFF${seedText}`);
    expect(await run(["validate", "bom.json"])).toEqual({ code: 0, stdout: `${validLine("bom.json")}\n`, stderr: "" });
    await writeFile(join(dir, "latin1.json"), Buffer.from('{"summary": "caf\xe9"}', "latin1"));
    expect(await run(["validate", "latin1.json"])).toEqual({ code: 1, stdout: "", stderr: "latin1.json: not UTF-8 text\n" });
  });

  it("reports an empty file", async () => {
    expect(await run(["validate", "empty.json"])).toEqual({ code: 1, stdout: "", stderr: "empty.json: is empty, not a brief\n" });
  });

  it("refuses a file over 20 MB from its size, before reading it", async () => {
    expect(await run(["validate", "huge.json"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "huge.json: 8,589,934,592 bytes, larger than the 20,971,520-byte (20 MB) limit for a brief file\n",
    });
  });

  it("gives sizes just over the limit in bytes, which rounding to MB would make equal to it", async () => {
    const handle = await open(join(dir, "just-over.json"), "w");
    await handle.truncate(21_000_000);
    await handle.close();
    expect((await run(["validate", "just-over.json"])).stderr).toBe(
      "just-over.json: 21,000,000 bytes, larger than the 20,971,520-byte (20 MB) limit for a brief file\n",
    );
  });

  it("reads - from stdin", async () => {
    expect(await run(["validate", "-"], seedText)).toEqual({ code: 0, stdout: `${validLine("stdin")}\n`, stderr: "" });
    expect((await run(["validate", "-"], '{\n  "schemaVersion": "1.0",\n')).stdout).toMatch(/^stdin: brief: is not valid JSON: .+ \(line 3, column 1\)\n$/);
  });

  it("stops reading stdin past 20 MB", async () => {
    const result = await run(["validate", "-"], Buffer.alloc(21 * 1024 * 1024, " "));
    expect(result).toEqual({ code: 1, stdout: "", stderr: "stdin: larger than the 20,971,520-byte (20 MB) limit for a brief file\n" });
  });

  it("names a directory given as stdin instead of reading it as empty", async () => {
    const briefs = await open(join(dir, "briefs"), "r");
    try {
      const result = await new Promise<Result>((resolve, reject) => {
        const child = spawn(process.execPath, [binPath, "validate", "-"], { cwd: dir, stdio: [briefs.fd, "pipe", "pipe"] });
        let stderr = "";
        child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stdout: "", stderr }));
      });
      expect(result).toEqual({ code: 1, stdout: "", stderr: "stdin: is a directory, not a brief file\n" });
    } finally {
      await briefs.close();
    }
  });

  it("takes an empty file name for a usage error, not for the directory it is relative to", async () => {
    const message = usageError("validate", "a file name is empty (a file, or - for stdin)");
    expect(await run(["validate", "brief.json", ""])).toEqual({ code: 2, stdout: "", stderr: message });
    expect((await run(["verify", ""])).stderr).toBe(usageError("verify", "a file name is empty (a file, or - for stdin)"));
    expect((await run(["render", "brief.json", "-o", ""])).stderr).toBe(usageError("render", "option '--output' needs a file name (or - for stdout)"));
  });
});

describe("verify", () => {
  it("reports a grounded brief with what was checked and exits 0", async () => {
    const spans = [seed.entities, seed.issues, seed.quotes, seed.events].flat().reduce((sum, item) => sum + item.evidence.length, 0);
    const directQuotes = seed.quotes.filter((quote) => quote.mode === "direct").length;
    expect(await run(["verify", "brief.json"])).toEqual({
      code: 0,
      stdout: `brief.json: grounded (checked ${spans} evidence spans, ${directQuotes} direct quotes, ${seed.entities.length} entities)\n`,
      stderr: "",
    });
  });

  it("reports an altered direct quote and exits 1", async () => {
    const result = await run(["verify", "altered-quote.json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const [verdict, ...problems] = lines(result.stdout);
    expect(verdict).toMatch(/^altered-quote\.json: not grounded, 1 problem \(checked \d+ evidence spans, \d+ direct quotes, \d+ entities\)$/);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^altered-quote\.json: quotes\[6\]\.text: 'I’m certain that, .*' does not occur verbatim in the article$/);
  });

  it("does not verify an invalid brief: it reports the problems and exits 1", async () => {
    expect(await run(["verify", "dangling.json"])).toEqual({
      code: 1,
      stdout: "dangling.json: quotes[2].speaker: no entity with id 'qin'\n",
      stderr: "",
    });
  });

  it("--json prints { file, valid, ok, checked, problems }", async () => {
    const altered = await run(["verify", "--json", "altered-quote.json"]);
    expect(altered.code).toBe(1);
    const report = JSON.parse(altered.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ file: "altered-quote.json", valid: true, ok: false, checked: { entities: seed.entities.length } });
    expect(report.problems).toEqual([expect.objectContaining({ path: ["quotes", 6, "text"], code: "quote-not-in-article" })]);

    const valid = await run(["verify", "--json", "-"], seedText);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ file: "stdin", valid: true, ok: true, problems: [] });

    const invalid = await run(["verify", "--json", "dangling.json"]);
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout)).toMatchObject({ valid: false, ok: false, problems: [{ code: "dangling-reference" }] });
  });
});

describe("schema", () => {
  it("prints the JSON Schema, whose $id names the format version", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const schema = JSON.parse(result.stdout) as { $id: string; $schema: string };
    expect(schema.$id).toContain(SCHEMA_VERSION);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(result.stdout).toMatch(/^\{\n {2}"/); // pretty-printed
  });
});

describe("export", () => {
  it("--format jsonld prints schema.org JSON-LD with the NewsArticle", async () => {
    const result = await run(["export", "--format", "jsonld", "brief.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const jsonLd = JSON.parse(result.stdout) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(jsonLd["@context"]).toBe("https://schema.org");
    expect(jsonLd["@graph"].find((node) => node["@type"] === "NewsArticle")).toMatchObject({ headline: seed.article.headline });
  });

  it("-f timelinejs prints a TimelineJS document whose every slide has a start date", async () => {
    const result = await run(["export", "-f", "timelinejs", "-"], seedText);
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.stdout) as { title: { text: { headline: string } }; events: { start_date: { year: number } }[] };
    expect(timeline.title.text.headline).toBe(seed.article.headline);
    expect(timeline.events.length).toBeGreaterThan(0);
    for (const event of timeline.events) expect(event.start_date.year).toEqual(expect.any(Number));
  });

  it("an unknown or missing format is a usage error", async () => {
    expect(await run(["export", "--format", "csv", "brief.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: usageError("export", "unknown format 'csv' (choose jsonld or timelinejs)"),
    });
    expect((await run(["export", "brief.json"])).stderr).toBe(usageError("export", "missing --format (jsonld or timelinejs)"));
    expect((await run(["export", "brief.json", "--format"])).stderr).toBe(usageError("export", "option '--format' needs a value"));
  });

  it("prints an invalid brief's problems on stderr, nothing on stdout, and exits 1", async () => {
    expect(await run(["export", "-f", "jsonld", "dangling.json"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "dangling.json: quotes[2].speaker: no entity with id 'qin'\n",
    });
  });
});

describe("render", () => {
  const expectPage = (html: string): void => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<diplo-brief");
    expect(html).toContain('shadowrootmode="open"');
    expect(html).toContain(`<title>${seed.article.headline}</title>`);
    expect(html).toContain('<script type="application/ld+json">');
  };

  it("prints a standalone page to stdout", async () => {
    const result = await run(["render", "brief.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expectPage(result.stdout);
    expect(result.stdout).toContain('src="https://cdn.jsdelivr.net/npm/@diplo-brief/elements/dist/cdn/diplo-brief-hydrate.js"');
  });

  it("-o writes the page atomically, replacing the file, and says where on stderr", async () => {
    await writeFile(join(dir, "page.html"), "an older page");
    const result = await run(["render", "brief.json", "-o", "page.html", "--script", "/assets/hydrate.js"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^wrote page\.html \(\d+(\.\d)? KB\)\n$/);
    const html = await readFile(join(dir, "page.html"), "utf8");
    expectPage(html);
    expect(html).toContain('src="/assets/hydrate.js"');
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("--fragment prints only the <diplo-brief> element", async () => {
    const result = await run(["render", "--fragment", "-"], seedText);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<diplo-brief");
    expect(result.stdout).toContain('shadowrootmode="open"');
    expect(result.stdout).toContain(seed.article.headline);
    expect(result.stdout).toContain('<script type="application/json">');
    expect(result.stdout).not.toContain("<!doctype");
    expect(result.stdout).not.toContain("application/ld+json");
  });

  it("refuses a script URL it would not put in a page, and --script with --fragment", async () => {
    expect(await run(["render", "brief.json", "--script", "javascript:alert(1)"])).toEqual({
      code: 2,
      stdout: "",
      stderr: usageError("render", "--script must be https: or a same-origin path (relative, or starting with a single /), got 'javascript:alert(1)'"),
    });
    expect((await run(["render", "brief.json", "--fragment", "--script", "/x.js"])).stderr).toBe(
      usageError("render", "--script is for a whole page; a --fragment loads no script"),
    );
  });

  it("writes nothing for an invalid brief and exits 1", async () => {
    const result = await run(["render", "dangling.json", "-o", "invalid.html"]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: "dangling.json: quotes[2].speaker: no entity with id 'qin'\n" });
    expect(existsSync(join(dir, "invalid.html"))).toBe(false);
  });

  it("reports an output it cannot write and exits 1", async () => {
    expect(await run(["render", "brief.json", "-o", "nowhere/page.html"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "nowhere/page.html: cannot write: no such directory\n",
    });
    expect((await run(["render", "brief.json", "-o", "briefs"])).stderr).toBe("briefs: cannot write: is a directory\n");
  });

  it("exits quietly when the reader closes the pipe early", async () => {
    const result = await new Promise<Result>((resolve, reject) => {
      const child = spawn(process.execPath, [binPath, "render", "brief.json"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      // The page is far larger than a pipe's buffer, so the command is still writing when it closes.
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout: "", stderr }));
    });
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});

describe("stdout and stderr that cannot be written", () => {
  /** Runs the command with stdout or stderr on `path`, the other one recorded. */
  async function runWith(stream: "stdout" | "stderr", path: string, args: readonly string[]): Promise<{ code: number | null; other: string }> {
    const handle = await open(path, "w");
    try {
      return await new Promise((resolve, reject) => {
        const stdio = stream === "stdout" ? (["ignore", handle.fd, "pipe"] as const) : (["ignore", "pipe", handle.fd] as const);
        const child = spawn(process.execPath, [binPath, ...args], { cwd: dir, stdio: [...stdio] });
        let other = "";
        (stream === "stdout" ? child.stderr : child.stdout)?.setEncoding("utf8").on("data", (chunk: string) => (other += chunk));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, other }));
      });
    } finally {
      await handle.close();
    }
  }

  it("a full disk under stdout is exit 1, said in one line on stderr", async () => {
    expect(await runWith("stdout", "/dev/full", ["schema"])).toEqual({ code: 1, other: "stdout: cannot write: no space left on the device\n" });
    expect(await runWith("stdout", "/dev/full", ["validate", "brief.json"])).toEqual({ code: 1, other: "stdout: cannot write: no space left on the device\n" });
  });

  it("a full disk under stderr is exit 1, not an internal error", async () => {
    expect(await runWith("stderr", "/dev/full", ["validate", "missing.json"])).toEqual({ code: 1, other: "" });
    expect(await runWith("stderr", "/dev/full", ["validate", "--strict", "brief.json"])).toEqual({ code: 1, other: "" });
    expect(await runWith("stderr", "/dev/full", ["validate", "brief.json"])).toEqual({ code: 0, other: `${validLine("brief.json")}\n` });
  });

  it("keeps the run's own exit code when the reader closes the pipe early", async () => {
    // Many invalid briefs, one line each: the reader is gone long before the last one is reported.
    const files = Array.from({ length: 200 }, () => "dangling.json");
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [binPath, "validate", ...files], { cwd: dir, stdio: ["ignore", "pipe", "ignore"] });
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("error", reject);
      child.on("close", resolve);
    });
    expect(code).toBe(1);
  });

  it("in-process: a stream whose write throws fails the run with exit 1", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    const stderr = recorder();
    const io: CliIo = { stdout: recorder(false, full).stream, stderr: stderr.stream, stdin: noInput, cwd: dir };
    expect(await main(["schema"], io)).toBe(1);
    expect(stderr.text()).toBe("stdout: cannot write: no space left on the device\n");

    const failing = recorder(false, full).stream;
    expect(await main(["validate", "missing.json"], { ...io, stdout: recorder().stream, stderr: failing })).toBe(1);
    expect(await main(["frobnicate"], { ...io, stderr: failing })).toBe(1);
  });
});

// Two behaviours a child process with pipes cannot show: a terminal on stderr, and a failure
// nothing on the command line can cause. `main` takes its streams as an argument for this.
describe("main, in-process", () => {
  it("shows progress on a terminal for more than 5 files, on stderr only, erased at the end", async () => {
    const stdout = recorder(true);
    const stderr = recorder(true);
    const io: CliIo = { stdout: stdout.stream, stderr: stderr.stream, stdin: noInput, cwd: dir };
    const files = Array.from({ length: 6 }, () => "brief.json");
    expect(await main(["validate", ...files], io)).toBe(0);
    expect(stdout.chunks).toEqual(files.map((file) => `${validLine(file)}\n`));
    const progress = stderr.chunks.join("");
    for (let i = 1; i <= 6; i++) expect(progress).toContain(`validating ${i}/6 brief.json`);
    expect(stderr.chunks.at(-1)).toBe("\r\x1b[2K");

    const few = recorder(true);
    await main(["validate", ...files.slice(1)], { ...io, stderr: few.stream });
    expect(few.chunks).toEqual([]);
  });

  it("turns an unexpected error into one line and exit 70", async () => {
    const stderr = recorder(false);
    const io: CliIo = {
      stdout: recorder(false).stream,
      stderr: stderr.stream,
      stdin: noInput,
      get cwd(): string {
        throw new Error("disk on fire");
      },
    };
    expect(await main(["validate", "brief.json"], io)).toBe(70);
    expect(stderr.chunks.join("")).toBe("diplo-brief: internal error: disk on fire\nThis is a bug in diplo-brief; please report it.\n");
  });
});
