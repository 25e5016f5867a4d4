import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Brief, safeParseBrief } from "@diplo-brief/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { goldDir, noInput, recorder, type Result, runMain } from "./harness.js";

// `diplo-brief draft <archive> --out-dir DIR` in-process, with one thread (--jobs 1): a directory
// of the gold set's articles, and NDJSON archives written from them. Threads and signals need a
// real process: draft-processes.test.ts.

let dir = "";
/** The gold articles' names, without `.txt`, in order. */
let gold: string[] = [];
const texts = new Map<string, string>();

const text = (name: string): string => texts.get(name) ?? "";
const draft = (...args: string[]): Promise<Result> => runMain(dir, ["draft", ...args]);
const at = (...parts: string[]): string => join(dir, ...parts);
const files = async (directory: string): Promise<string[]> => (await readdir(at(directory))).sort();
const read = (...parts: string[]): Promise<string> => readFile(at(...parts), "utf8");
const lastLine = (output: string): string => output.trimEnd().split("\n").at(-1) ?? "";

/** The summary a batch ends with, its time and rate left to match anything. */
const summary = (drafted: number, skipped: number, failed: number, of: string): RegExp =>
  new RegExp(`^drafted ${drafted}, skipped ${skipped} already drafted, failed ${failed}, in \\d+\\.\\d s \\(\\d+\\.\\d articles/s\\); ${of.replace(/[/()]/g, "\\$&")}$`);

/** The Wikinews article as a page, for the archives that mix pages with text. */
const page = (article: string): string => {
  const [headline = "", ...paragraphs] = article.trimEnd().split("\n\n");
  return `<!doctype html><html lang="en"><head><title>${headline}</title></head><body><nav>Home</nav><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`).join("")}</article></body></html>`;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-batch-"));
  gold = (await readdir(goldDir)).filter((name) => name.endsWith(".txt")).map((name) => name.slice(0, -4)).sort();
  for (const name of gold) texts.set(name, await readFile(join(goldDir, `${name}.txt`), "utf8"));
  // The archive: the Department's releases and the Wikinews articles in folders of their own,
  // with what is not an article beside them.
  for (const name of gold) await cp(join(goldDir, `${name}.txt`), at("archive", name.startsWith("state-") ? "state" : "wikinews", `${name}.txt`));
  await mkdir(at("archive", ".drafts"));
  await writeFile(at("archive", ".drafts", "unfinished.txt"), text(gold[0] ?? ""));
  await writeFile(at("archive", "README.md"), "# Not an article\n");
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The brief file each gold article gets in `archive`: its folder and name. */
const expectedNames = (): string[] => gold.map((name) => `${name.startsWith("state-") ? "state" : "wikinews"}-${name}.brief.json`).sort();

describe("draft <directory> --out-dir", () => {
  it("drafts every article in the tree into one brief file each, leaving out hidden and other files", async () => {
    const result = await draft("archive", "--out-dir", "out/briefs");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(await files("out/briefs")).toEqual(expectedNames());
    expect(lastLine(result.stderr)).toMatch(summary(gold.length, 0, 0, `${gold.length} articles`));
  });

  it("writes each brief byte for byte as draft writes it for the file alone", async () => {
    for (const name of gold.slice(0, 3)) {
      const folder = name.startsWith("state-") ? "state" : "wikinews";
      const alone = await draft(join("archive", folder, `${name}.txt`));
      expect(await read("out", "briefs", `${folder}-${name}.brief.json`)).toBe(alone.stdout);
      expect(safeParseBrief(JSON.parse(alone.stdout)).success).toBe(true);
    }
  });

  it("logs plain progress lines in a pipe, and draws a bar only on a terminal", async () => {
    const piped = await draft("archive", "--out-dir", "out/piped");
    expect(piped.stderr).not.toMatch(/[\r\x1b]/);
    const progress = piped.stderr.trimEnd().split("\n").slice(0, -1);
    expect(progress.length).toBeGreaterThan(0);
    for (const line of progress) expect(line).toMatch(new RegExp(`^\\d+/${gold.length} articles done \\(\\d+%\\), \\d+\\.\\d articles/s$`));

    const stderr = recorder(true);
    const code = await main(["draft", "archive", "--out-dir", "out/terminal"], { stdout: recorder().stream, stderr: stderr.stream, stdin: noInput, cwd: dir });
    expect(code).toBe(0);
    const drawn = stderr.text();
    expect(drawn).toContain(`\r\x1b[2K[####################] ${gold.length}/${gold.length} `);
    // The bar is erased before the summary, which stands alone on its line.
    expect(drawn.slice(drawn.lastIndexOf("\r\x1b[2K") + 5)).toMatch(new RegExp(summary(gold.length, 0, 0, `${gold.length} articles`).source.replace("$", "\\n$")));
  });

  it("skips the articles already drafted, and drafts them again with --force, replacing each brief whole", async () => {
    await cp(at("out", "briefs"), at("out", "resumed"), { recursive: true });
    const [first = "", kept = ""] = expectedNames();
    await unlink(at("out", "resumed", first));
    const before = await stat(at("out", "resumed", kept));

    const resumed = await draft("archive", "--out-dir", "out/resumed");
    expect(resumed.code).toBe(0);
    expect(lastLine(resumed.stderr)).toMatch(summary(1, gold.length - 1, 0, `${gold.length} articles`));
    expect(await read("out", "resumed", first)).toBe(await read("out", "briefs", first));
    expect((await stat(at("out", "resumed", kept))).ino).toBe(before.ino);

    const forced = await draft("archive", "--out-dir", "out/resumed", "--force");
    expect(lastLine(forced.stderr)).toMatch(summary(gold.length, 0, 0, `${gold.length} articles`));
    expect((await stat(at("out", "resumed", kept))).ino).not.toBe(before.ino);
    expect(await read("out", "resumed", kept)).toBe(await read("out", "briefs", kept));
    expect(await files("out/resumed")).toEqual(expectedNames());
  });

  it("splits the archive into shards that together draft every article exactly once", async () => {
    const drafted: string[] = [];
    let inShards = 0;
    for (let index = 0; index < 3; index++) {
      const result = await draft("archive", "--out-dir", `out/shard-${index}`, "--shard", `${index}/3`);
      expect(result.code).toBe(0);
      const shard = await files(`out/shard-${index}`);
      expect(lastLine(result.stderr)).toMatch(summary(shard.length, 0, 0, `shard ${index}/3: ${shard.length} of ${gold.length} articles`));
      for (const name of shard) expect(await read(`out/shard-${index}`, name)).toBe(await read("out", "briefs", name));
      drafted.push(...shard);
      inShards += shard.length;
    }
    expect(drafted.sort()).toEqual(expectedNames());
    expect(inShards).toBe(gold.length);
    // A shard of one is the whole archive.
    await draft("archive", "--out-dir", "out/shard-all", "--shard", "0/1");
    expect(await files("out/shard-all")).toEqual(expectedNames());
  });

  it("reports each article that fails, by name, drafts the others, and exits 1", async () => {
    const [good = "", other = ""] = gold;
    await mkdir(at("mixed", "sub"), { recursive: true });
    await writeFile(at("mixed", "good.txt"), text(good));
    await writeFile(at("mixed", "sub", "other.txt"), text(other));
    await writeFile(at("mixed", "blank.txt"), "\u200b\n\u200b\n");
    await writeFile(at("mixed", "empty.txt"), "");
    await writeFile(at("mixed", "latin1.txt"), Buffer.from("Caf\xe9 talks resume", "latin1"));
    await writeFile(at("mixed", "shell.html"), `<html><body><div id="app"></div><script>start()</script></body></html>`);
    await symlink("nowhere.txt", at("mixed", "dangling.txt"));
    const result = await draft("mixed", "--out-dir", "out/mixed");
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("mixed/"))).toEqual([
      "mixed/blank.txt: The article text is blank: there is nothing to draft a brief from.",
      "mixed/dangling.txt: no such file",
      "mixed/empty.txt: is empty, not an article",
      "mixed/latin1.txt: not UTF-8 text",
      "mixed/shell.html: The page has no article: no text a reader would read was found in it.",
    ]);
    expect(lastLine(result.stderr)).toMatch(summary(2, 0, 5, "7 articles"));
    expect(await files("out/mixed")).toEqual(["good.brief.json", "sub-other.brief.json"]);
  });
});

describe("brief file names", () => {
  it("are safe on any file system, unique whatever the case, and the same on every run", async () => {
    const [a = "", b = "", c = "", d = "", e = "", f = ""] = gold;
    await mkdir(at("names", "a"), { recursive: true });
    await writeFile(at("names", "Report.txt"), text(a));
    await writeFile(at("names", "report.html"), page(text(b)));
    await writeFile(at("names", "a-b.txt"), text(c));
    await writeFile(at("names", "a", "b.txt"), text(d));
    await writeFile(at("names", "Zürich talks.txt"), text(e));
    await writeFile(at("names", "con.txt"), text(f));
    const result = await draft("names", "--out-dir", "out/names");
    expect(result.code).toBe(0);
    // In the order of the paths: Report.txt, Zürich talks.txt, a-b.txt, a/b.txt, con.txt, report.html.
    expect(await files("out/names")).toEqual(["Report.brief.json", "Zurich-talks.brief.json", "a-b.brief.json", "a-b~2.brief.json", "con_.brief.json", "report~2.brief.json"]);
    const article = async (name: string): Promise<string> => (JSON.parse(await read("out", "names", name)) as Brief).article.text;
    expect(await article("a-b.brief.json")).toBe(text(c));
    expect(await article("a-b~2.brief.json")).toBe(text(d));
    expect(await article("report~2.brief.json")).toContain(text(b).split("\n\n")[1]);

    const again = await draft("names", "--out-dir", "out/names-again");
    expect(again.code).toBe(0);
    expect(await files("out/names-again")).toEqual(await files("out/names"));
  });
});

describe("draft <archive.ndjson> --out-dir", () => {
  it("drafts each record, with its own fields before the command line's, and reports each bad line by number and id", async () => {
    const aoun = text("state-rubio-aoun");
    const korea = text("north-korea-quasi-state-of-war");
    const records = [
      JSON.stringify({ id: "aoun", text: aoun, published: "2026-07-19" }),
      "",
      JSON.stringify({ id: "korea", html: page(korea), source: "Wikinews", headline: null }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: "no-text" }),
      JSON.stringify({ text: aoun }),
      JSON.stringify({ id: "bad-date", text: aoun, published: "2026-02-30" }),
      JSON.stringify({ id: "blank", text: "\u200b" }),
      JSON.stringify({ id: "extra", text: aoun, author: "Tommy Pigott" }),
      JSON.stringify({ id: 42, text: text("state-second-thomas-shoal") }),
      JSON.stringify({ id: "../../etc/passwd", text: text("state-rubio-jaishankar") }),
      JSON.stringify({ id: "both", text: aoun, html: page(aoun) }),
      JSON.stringify(["not", "an", "object"]),
      `  ${JSON.stringify({ id: "crlf", text: text("state-china-icbm-test") })}  \r`,
    ];
    await writeFile(at("archive.ndjson"), `${records.join("\n")}\n\n`);
    const result = await draft("archive.ndjson", "--out-dir", "out/ndjson", "--source", "Example Wire");
    expect(result.code).toBe(1);
    const failures = result.stderr.split("\n").filter((line) => line.startsWith("archive.ndjson:"));
    expect(failures).toEqual([
      expect.stringMatching(/^archive\.ndjson:4: not valid JSON: /),
      "archive.ndjson:5 (no-text): missing text (or html)",
      "archive.ndjson:6: missing id",
      "archive.ndjson:7 (bad-date): The article cannot be drafted: published: must be a date that exists, as YYYY-MM-DD, got the string '2026-02-30'",
      "archive.ndjson:8 (blank): The article text is blank: there is nothing to draft a brief from.",
      "archive.ndjson:9 (extra): unknown field 'author' (known: id, text, html, headline, published, source, url, language)",
      "archive.ndjson:12 (both): has both text and html: give one",
      "archive.ndjson:13: not a JSON object: expected { id, text or html, … }",
    ]);
    expect(lastLine(result.stderr)).toMatch(summary(5, 0, 8, "13 articles"));
    expect(await files("out/ndjson")).toEqual(["42.brief.json", "aoun.brief.json", "crlf.brief.json", "etc-passwd.brief.json", "korea.brief.json"]);

    const brief = async (name: string): Promise<Brief> => JSON.parse(await read("out", "ndjson", `${name}.brief.json`)) as Brief;
    expect((await brief("aoun")).article).toMatchObject({ text: aoun, published: "2026-07-19", source: "Example Wire" });
    expect((await brief("korea")).article).toMatchObject({ source: "Wikinews", headline: korea.split("\n")[0] });
    expect((await brief("crlf")).article.text).toBe(text("state-china-icbm-test"));
  });

  it("resumes, and reports the lines that failed again", async () => {
    const result = await draft("archive.ndjson", "--out-dir", "out/ndjson");
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toMatch(summary(0, 5, 8, "13 articles"));
  });
});

describe("draft --out-dir, failing as a whole", () => {
  it("reports an output directory it cannot make, or an archive it cannot read, in one line, exit 1", async () => {
    await writeFile(at("a-file"), "");
    expect(await draft("archive", "--out-dir", "a-file")).toEqual({ code: 1, stdout: "", stderr: "a-file: cannot write: not a directory\n" });
    expect(await draft("archive", "--out-dir", "a-file/briefs")).toEqual({ code: 1, stdout: "", stderr: "a-file/briefs: cannot write: a part of the path is not a directory\n" });
    expect(await draft("missing.ndjson", "--out-dir", "out/missing")).toEqual({ code: 1, stdout: "", stderr: "missing.ndjson: no such file\n" });
  });

  it("leaves no temporary file behind", async () => {
    const left = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".tmp"));
    expect(left).toEqual([]);
  });
});
