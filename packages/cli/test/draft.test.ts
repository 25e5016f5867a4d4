import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Brief, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InputStream } from "../src/cli/io.js";
import { goldDir, type Result, runMain } from "./harness.js";

// `diplo-brief draft` on one article, in-process, on real files: articles of the gold set, and
// a web page written here around one of them.

let dir = "";
let aoun = "";
let korea = "";

/** The Wikinews article as a news site would serve it: furniture around it, its metadata in the head. */
const page = (text: string): string => {
  const [headline = "", dateline = "", ...paragraphs] = text.trimEnd().split("\n\n");
  const escape = (value: string): string => value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
  return `<!doctype html>
<html lang="en">
<head><title>${escape(headline)} - Wikinews</title>
<meta property="og:title" content="${escape(headline)}">
<meta property="article:published_time" content="2015-08-21T09:00:00+00:00">
<script>var tracker = "<p>not text</p>";</script></head>
<body><nav><a href="/">Main page</a> <a href="/random">Random article</a></nav>
<article><h1>${escape(headline)}</h1><p class="byline">By Wikinews contributors</p>
<p>${escape(dateline)}</p>
${paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join("\n")}
</article><footer>Text is available under the Creative Commons Attribution 2.5 licence.</footer></body></html>`;
};

const brief = (result: Result): Brief => JSON.parse(result.stdout) as Brief;

const stdin = (text: string, isTTY = false): InputStream => ({
  isTTY,
  async *[Symbol.asyncIterator]() {
    yield text;
  },
});

const run = (args: readonly string[], input?: string): Promise<Result> => runMain(dir, ["draft", ...args], input === undefined ? {} : { stdin: stdin(input) });

const usageError = (message: string): string => `diplo-brief draft: ${message}\nRun 'diplo-brief draft --help' for usage.\n`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-draft-"));
  aoun = await readFile(join(goldDir, "state-rubio-aoun.txt"), "utf8");
  korea = await readFile(join(goldDir, "north-korea-quasi-state-of-war.txt"), "utf8");
  await writeFile(join(dir, "aoun.txt"), aoun);
  await writeFile(join(dir, "korea.html"), page(korea));
  await writeFile(join(dir, "Korea.HTM"), page(korea));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("draft <article.txt>", () => {
  it("prints a valid, grounded brief of the file's text, and one line on stderr saying what it found", async () => {
    const result = await run(["aoun.txt"]);
    expect(result.code).toBe(0);
    const drafted = brief(result);
    expect(safeParseBrief(drafted).problems).toBeUndefined();
    expect(verifyBrief(drafted).problems).toEqual([]);
    expect(drafted.article).toEqual({ headline: aoun.split("\n")[0], source: "Unknown source", language: "en", text: aoun });
    expect(drafted.provenance).toMatchObject({ method: "drafted", reviewed: false });
    const { entities, issues, quotes, events } = drafted;
    const direct = quotes.filter((quote) => quote.mode === "direct").length;
    expect(result.stderr).toBe(
      `aoun.txt: drafted ${entities.length} entities, ${issues.length} issues, ${quotes.length} quotes (${direct} direct), ${events.length} events\n`,
    );
  });

  it("records what the options say of the article", async () => {
    const result = await run([
      "aoun.txt",
      "--headline",
      "Rubio meets Aoun",
      "--published",
      "2026-07-19",
      "--source",
      "U.S. Department of State",
      "--language",
      "en-US",
      "--url",
      "https://www.state.gov/releases/office-of-the-spokesperson/2026/07/secretary-rubios-meeting-with-lebanese-president-aoun/",
    ]);
    expect(result.code).toBe(0);
    expect(brief(result).article).toMatchObject({
      headline: "Rubio meets Aoun",
      published: "2026-07-19",
      source: "U.S. Department of State",
      language: "en-US",
      url: expect.stringMatching(/^https:\/\/www\.state\.gov\//),
    });
  });

  it("reads the article from stdin with -", async () => {
    const result = await run(["-"], aoun);
    expect(result.code).toBe(0);
    expect(brief(result).article.text).toBe(aoun);
    expect(result.stderr).toMatch(/^stdin: drafted /);
  });

  it("asks for the article when stdin is a terminal", async () => {
    const result = await runMain(dir, ["draft", "-"], { stdin: stdin(aoun, true) });
    expect(result.stderr.split("\n")[0]).toBe("reading an article from stdin (end it with Ctrl-D)");
  });
});

describe("draft <page.html>", () => {
  /** The article under its headline: the dateline and the paragraphs. */
  const body = (): string => korea.trimEnd().split("\n\n").slice(1).join("\n\n");

  it("takes the article out of the page, with its title, byline and date, and says what it found there", async () => {
    const result = await run(["korea.html"]);
    expect(result.code).toBe(0);
    const drafted = brief(result);
    expect(drafted.article).toEqual({
      headline: korea.split("\n")[0],
      source: "Wikinews contributors",
      published: "2015-08-21",
      language: "en",
      text: body(),
    });
    expect(verifyBrief(drafted).problems).toEqual([]);
    expect(result.stderr).toMatch(/^korea\.html: drafted .*; from the page: title, byline, date 2015-08-21, language en\n$/);
  });

  it("knows a page by its extension in any case, and standard input by its first character", async () => {
    const byName = await run(["Korea.HTM"]);
    const fromStdin = await run(["-"], `\n  ${page(korea)}`);
    expect(byName.stdout).toBe((await run(["korea.html"])).stdout);
    expect(fromStdin.stdout).toBe(byName.stdout);
  });

  it("lets the options win over the page, and notes the byline it did not use", async () => {
    const result = await run(["korea.html", "--source", "Wikinews", "--published", "2015-08-22", "--report", "korea-report.json"]);
    expect(brief(result).article).toMatchObject({ source: "Wikinews", published: "2015-08-22" });
    const report = JSON.parse(await readFile(join(dir, "korea-report.json"), "utf8")) as { notes: string[] };
    expect(report.notes).toEqual(["The page's byline, 'Wikinews contributors', is not the source: the source given is 'Wikinews'."]);
    expect(result.stderr).toMatch(/; 1 note; wrote korea-report\.json\n$/);
  });
});

describe("draft -o and --report", () => {
  it("writes the brief, byte for byte what stdout would show, and the report, and names them", async () => {
    const printed = await run(["aoun.txt"]);
    const result = await run(["aoun.txt", "-o", "aoun.brief.json", "--report", "aoun.report.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^aoun\.txt: drafted .*; wrote aoun\.brief\.json and aoun\.report\.json\n$/);
    expect(await readFile(join(dir, "aoun.brief.json"), "utf8")).toBe(printed.stdout);
    const report = JSON.parse(await readFile(join(dir, "aoun.report.json"), "utf8")) as { found: { entities: number }; timings: unknown[] };
    expect(report.found.entities).toBe(brief(printed).entities.length);
    expect(report.timings.length).toBeGreaterThan(0);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("takes -o - as stdout", async () => {
    expect((await run(["aoun.txt", "-o", "-"])).stdout).toBe((await run(["aoun.txt"])).stdout);
  });

  it("fails on an output it cannot write before it reads the article", async () => {
    const neverRead: InputStream = {
      async *[Symbol.asyncIterator]() {
        throw new Error("stdin was read");
      },
    };
    const result = await runMain(dir, ["draft", "-", "-o", "missing/brief.json"], { stdin: neverRead });
    expect(result).toEqual({ code: 1, stdout: "", stderr: "missing/brief.json: cannot write: no such directory\n" });
    const report = await runMain(dir, ["draft", "-", "--report", "aoun.txt/report.json"], { stdin: neverRead });
    expect(report.stderr).toBe("aoun.txt/report.json: cannot write: a part of the path is not a directory\n");
  });
});

describe("draft, failing", () => {
  it("reports an article with nothing to read in one line, exit 1", async () => {
    await writeFile(join(dir, "invisible.txt"), "\u200b\u200b\n\ufeff\n");
    expect(await run(["invisible.txt"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "invisible.txt: The article text is blank: there is nothing to draft a brief from.\n",
    });
    await writeFile(join(dir, "shell.html"), `<!doctype html><html><head><title>App</title></head><body><div id="app"></div><script src="app.js"></script></body></html>`);
    expect(await run(["shell.html"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "shell.html: The page has no article: no text a reader would read was found in it.\n",
    });
  });

  it("reports a file it cannot read, exit 1", async () => {
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 talks", "latin1"));
    expect(await run(["missing.txt"])).toEqual({ code: 1, stdout: "", stderr: "missing.txt: no such file\n" });
    expect((await run(["empty.txt"])).stderr).toBe("empty.txt: is empty, not an article\n");
    expect((await run(["latin1.txt"])).stderr).toBe("latin1.txt: not UTF-8 text\n");
  });

  it("escapes a file name in what it prints", async () => {
    const name = "a\x1b[2K\r\u202e.txt";
    await writeFile(join(dir, name), aoun);
    const result = await run([name]);
    expect(result.stderr).toMatch(/^a\\x1b\[2K\\r\\u202e\.txt: drafted /);
  });

  it("refuses a bad command line before reading anything, exit 2", async () => {
    await mkdir(join(dir, "articles"), { recursive: true });
    const cases: [readonly string[], string][] = [
      [[], "missing <article> (a .txt or .html file, or - for stdin; a directory or .ndjson file with --out-dir)"],
      [["a.txt", "b.txt"], "takes one article or archive, got 2: a.txt b.txt"],
      [[""], "a file name is empty (a file, or - for stdin)"],
      [["aoun.txt", "--published", "2026-02-30"], "--published must be a date that exists, as YYYY-MM-DD, got '2026-02-30'"],
      [["aoun.txt", "--language", "English"], "--language must be a BCP 47 language tag such as 'en' or 'en-GB', got 'English'"],
      [["aoun.txt", "--url", "javascript:alert(1)"], "--url must be an http:// or https:// URL, got 'javascript:alert(1)'"],
      [["aoun.txt", "--headline", " "], "--headline must not be empty, blank or invisible, got ' '"],
      [["aoun.txt", "--jobs", "2"], "--jobs is for an archive: give --out-dir DIR"],
      [["aoun.txt", "--force"], "--force is for an archive: give --out-dir DIR"],
      [["articles"], "'articles' is a directory: draft its articles with --out-dir DIR"],
      [["archive.ndjson"], "an NDJSON archive is drafted into a directory: give --out-dir DIR"],
      [["aoun.txt", "--report", "-"], "--report needs a file: stdout holds the brief"],
      [["aoun.txt", "-o", "same.json", "--report", "./same.json"], "--output and --report name the same file"],
      [["articles", "--out-dir", "out", "-o", "x.json"], "--output is for one article; an archive's articles each give their own"],
      [["articles", "--out-dir", "out", "--published", "2026-07-19"], "--published is for one article; an archive's articles each give their own"],
      [["aoun.txt", "--out-dir", "out"], "with --out-dir, give a directory or an .ndjson file, got 'aoun.txt'"],
      [["articles", "--out-dir", "out", "--jobs", "0"], "--jobs must be a whole number from 1 to 256, got '0'"],
      [["articles", "--out-dir", "out", "--jobs", "two"], "--jobs must be a whole number from 1 to 256, got 'two'"],
      [["articles", "--out-dir", "out", "--shard", "4/4"], "--shard counts parts from 0: for 4 parts, 0/4 to 3/4, got '4/4'"],
      [["articles", "--out-dir", "out", "--shard", "1/0"], "--shard must split into at least 1 part, got '1/0'"],
      [["articles", "--out-dir", "out", "--shard", "1-4"], "--shard must be i/n, the part i of n counted from 0 (0/4 to 3/4), got '1-4'"],
      [["aoun.txt", "--strict"], "unknown option '--strict'"],
    ];
    for (const [args, message] of cases) expect(await run(args), args.join(" ")).toEqual({ code: 2, stdout: "", stderr: usageError(message) });
    expect(await readdir(dir)).not.toContain("out");
  });

  it("points a file given as a command at draft", async () => {
    expect((await runMain(dir, ["aoun.txt"])).stderr.split("\n")[0]).toBe("diplo-brief: unknown command 'aoun.txt' (to draft a brief of it: diplo-brief draft aoun.txt)");
  });
});

describe("draft --help", () => {
  it("documents both forms and every option", async () => {
    const result = await runMain(dir, ["draft", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: diplo-brief draft <article\.txt\|article\.html\|->.*\n {7}diplo-brief draft <directory\|archive\.ndjson> --out-dir DIR/);
    for (const option of ["--output", "--report", "--headline", "--published", "--source", "--language", "--url", "--out-dir", "--jobs", "--shard", "--force"]) {
      expect(result.stdout).toContain(option);
    }
    expect((await runMain(dir, ["--help"])).stdout).toMatch(/^ {2}draft {4,}draft a grounded brief/m);
  });
});
