import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Article, HttpUrl, LanguageTag, Text } from "@diplo-brief/core";
import { noEmptyNames, parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import type { ArticleFields } from "../draft/article.js";
import { providersHelp } from "../draft/model-providers.js";
import { parseModelSpec } from "../draft/model-spec.js";
import { parseShard, type Shard } from "../draft/shard.js";
import type { ModelRun } from "../draft/single.js";
import { printCommandHelp } from "../help.js";

const NAME = "draft";

/** Most threads `--jobs` takes: far past any machine's cores, short of a typo's thousands. */
const MAX_JOBS = 256;

/** Longest `--timeout`, in seconds: a day, well inside what a timer can count (about 24.8 days). */
const MAX_TIMEOUT = 86_400;

/** Most `--retries`: past that, a provider that keeps refusing is not going to answer. */
const MAX_RETRIES = 10;

/** The article's fields, each checked by the brief format's own rule before anything is read. */
const fieldRules = {
  headline: Text,
  published: Article.shape.published,
  source: Text,
  url: HttpUrl,
  language: LanguageTag,
} as const;

type FieldName = keyof typeof fieldRules;
const fieldNames = Object.keys(fieldRules) as FieldName[];

/** Options for one article only, refused with `--out-dir`: an archive's articles each say their own. */
const singleOnly = ["output", "report", "headline", "published", "url"] as const;
const batchOnly = ["jobs", "shard", "force"] as const;
/** Options for drafting with a model, which drafts one article: refused with `--out-dir`. */
const modelOptions = ["model", "timeout", "retries"] as const;

export const draftCommand: Command = {
  name: NAME,
  synopsis: "draft <article.txt|article.html|-> [-o brief.json] [--report report.json] [options]\n       diplo-brief draft <directory|archive.ndjson> --out-dir DIR [--jobs N] [--shard i/n] [--force]",
  summary: "draft a grounded brief of a news article, or of every article in an archive",
  details: `The brief (format 1.1, marked drafted and not reviewed) goes to stdout, or to -o; one line on
stderr says what was found. A .html or .htm file, or standard input that starts with '<', is a
web page: the article is taken out of it with Readability, with its title, byline (the source,
unless --source is given), date and language. Anything else is the article's text.

With --out-dir, every .txt, .html and .htm file in a directory and its subdirectories (hidden ones
left out), or every line of an NDJSON file ({ "id", "text" or "html", "headline", "published",
"source", "url", "language" }), is drafted to DIR/<name>.brief.json, named after the file's path or
the record's id. An article whose brief is already there is skipped, so a run that was stopped
goes on where it was; a failing article is reported and the others are drafted.

Options:
  -o, --output <file>      write the brief to this file instead of stdout (- is stdout), as
                           'render -o' writes: atomically, through symbolic links
  --report <file>          write the drafter's report: what it found, left out and noted
  --headline <text>        the headline (default: the page's title, or the text's first line)
  --published <date>       the publication date, YYYY-MM-DD: relative dates resolve against it
  --source <text>          the publisher (default: the page's byline or site name)
  --language <tag>         a BCP 47 tag (default: the page's lang, or en); only English is
                           drafted in full
  --url <url>              where the article is published, http(s)
  --out-dir <dir>          draft an archive (a directory or an .ndjson file) into this directory
  --jobs <n>               draft with n threads (default 1); the briefs are the same for any n
  --shard <i/n>            draft only part i of n, counted from 0 (0/4 to 3/4): every article is
                           in exactly one part, by a hash of its brief's name
  --force                  draft again the articles whose brief is already there
  --model <provider:id>    draft with a language model too (openai:gpt-4.1-mini,
                           anthropic:claude-sonnet-4-5, ollama:llama3.1): its claims are kept
                           where the article's own words bear them out, and merged with the
                           rules' draft; one article only, not with --out-dir
  --timeout <seconds>      with --model: give up after this long, every request and retry
                           included (default: no limit)
  --retries <n>            with --model: times to try again after a rate limit (429) or a
                           server error (5xx), 0 to ${MAX_RETRIES} (default 3)
  -h, --help               show this help

An archive's own fields win over --source and --language, which win over what a page says.

With --model, the AI SDK and the provider's package are installed beside diplo-brief, and the
key is read from the environment by the provider's package, never from the command line:
${providersHelp()}

What the model did goes to stderr, a line each: its tokens and retries, what grounding kept of
its claims, and every item it dropped, with the reason. Ctrl-C stops the request. Any value of
an environment variable named *_KEY, *_TOKEN or *_SECRET is redacted from every message.

Exit codes: 0 drafted, 1 an article could not be read, drafted or written (in a batch: any of
them), or the model failed or took longer than --timeout, 2 usage error (a model's package not
installed or its key not set included).`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(NAME, args, {
      output: { type: "string", short: "o" },
      report: { type: "string" },
      headline: { type: "string" },
      published: { type: "string" },
      source: { type: "string" },
      language: { type: "string" },
      url: { type: "string" },
      "out-dir": { type: "string" },
      jobs: { type: "string" },
      shard: { type: "string" },
      force: { type: "boolean" },
      model: { type: "string" },
      timeout: { type: "string" },
      retries: { type: "string" },
    });
    if (values.help) return printCommandHelp(draftCommand, io);
    const [input, ...extra] = positionals;
    if (input === undefined) throw new UsageError("missing <article> (a .txt or .html file, or - for stdin; a directory or .ndjson file with --out-dir)", NAME);
    if (extra.length > 0) throw new UsageError(`takes one article or archive, got ${positionals.length}: ${positionals.join(" ")}`, NAME);
    noEmptyNames(NAME, positionals);
    const fields = checkedFields(values);
    const outDir = values["out-dir"];

    if (outDir === undefined) {
      const batchOption = batchOnly.find((option) => values[option] !== undefined);
      if (batchOption) throw new UsageError(`--${batchOption} is for an archive: give --out-dir DIR`, NAME);
      if (isNdjson(input)) throw new UsageError(`an NDJSON archive is drafted into a directory: give --out-dir DIR`, NAME);
      if (await isDirectory(resolve(io.cwd, input))) throw new UsageError(`'${input}' is a directory: draft its articles with --out-dir DIR`, NAME);
      const output = fileOption("output", values.output, true);
      const report = fileOption("report", values.report, false);
      if (output !== undefined && report !== undefined && resolve(io.cwd, output) === resolve(io.cwd, report)) {
        throw new UsageError("--output and --report name the same file", NAME);
      }
      const model = await modelRun(values);
      const { runSingle } = await import("../draft/single.js");
      return runSingle({ input, output, report, fields, model }, io);
    }

    const singleOption = singleOnly.find((option) => values[option] !== undefined);
    if (singleOption) throw new UsageError(`--${singleOption} is for one article; an archive's articles each give their own`, NAME);
    const modelOption = modelOptions.find((option) => values[option] !== undefined);
    if (modelOption) throw new UsageError(`--${modelOption} is for one article: an archive is drafted by the rules alone`, NAME);
    if (outDir === "") throw new UsageError("option '--out-dir' needs a directory", NAME);
    const jobs = parseJobs(values.jobs);
    const shard = values.shard === undefined ? undefined : checkedShard(values.shard);
    const kind = isNdjson(input) ? "ndjson" : (await isDirectory(resolve(io.cwd, input))) ? "directory" : undefined;
    if (kind === undefined) throw new UsageError(`with --out-dir, give a directory or an .ndjson file, got '${input}'`, NAME);
    // The drafter, and its threads, load only for this command: every other command starts faster without them.
    const { runBatch } = await import("../draft/batch.js");
    return runBatch({ input, kind, outDir, jobs, shard, force: values.force === true, fields }, io);
  },
};

/** The fields given on the command line, each valid by the brief format's rule, or a usage error naming it. */
function checkedFields(values: Partial<Record<FieldName, string>>): ArticleFields {
  const fields: Partial<Record<FieldName, string>> = {};
  for (const name of fieldNames) {
    const value = values[name];
    if (value === undefined) continue;
    const checked = fieldRules[name].safeParse(value);
    if (!checked.success) throw new UsageError(`--${name} ${checked.error.issues[0]?.message ?? "is not valid"}, got '${value}'`, NAME);
    fields[name] = value;
  }
  return fields;
}

function fileOption(name: "output" | "report", value: string | undefined, stdoutAllowed: boolean): string | undefined {
  if (value === "") throw new UsageError(`option '--${name}' needs a file name${stdoutAllowed ? " (or - for stdout)" : ""}`, NAME);
  if (value !== "-") return value;
  if (stdoutAllowed) return undefined;
  throw new UsageError(`--${name} needs a file: stdout holds the brief`, NAME);
}

/**
 * `--model` and its limits, the model made by its provider's package; undefined without `--model`.
 * The packages load only here, and a missing one or a missing key is said before anything is read.
 */
async function modelRun(values: Partial<Record<(typeof modelOptions)[number], string>>): Promise<ModelRun | undefined> {
  if (values.model === undefined) {
    const option = modelOptions.find((name) => values[name] !== undefined);
    if (option) throw new UsageError(`--${option} is for drafting with --model`, NAME);
    return undefined;
  }
  const spec = parseModelSpec(values.model);
  if (typeof spec === "string") throw new UsageError(`--model ${spec}`, NAME);
  const timeout = values.timeout === undefined ? undefined : parseTimeout(values.timeout);
  const retries = values.retries === undefined ? undefined : parseRetries(values.retries);
  const { loadModel, ModelSetupError } = await import("../draft/load-model.js");
  try {
    return { model: await loadModel(spec), timeout, retries };
  } catch (error) {
    if (error instanceof ModelSetupError) throw new UsageError(error.message, NAME);
    throw error;
  }
}

/** Seconds, as typed (`60`, `2.5`), in milliseconds. */
function parseTimeout(value: string): number {
  const seconds = /^\d{1,5}(?:\.\d{1,3})?$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT)) {
    throw new UsageError(`--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT} (a day), such as 60 or 2.5, got '${value}'`, NAME);
  }
  return Math.round(seconds * 1000);
}

function parseRetries(value: string): number {
  const retries = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(retries >= 0 && retries <= MAX_RETRIES)) throw new UsageError(`--retries must be a whole number from 0 to ${MAX_RETRIES}, got '${value}'`, NAME);
  return retries;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got '${value}'`, NAME);
  return jobs;
}

function checkedShard(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === "string") throw new UsageError(`--shard ${shard}`, NAME);
  return shard;
}

const isNdjson = (path: string): boolean => /\.(?:ndjson|jsonl)$/i.test(path);

const isDirectory = (path: string): Promise<boolean> =>
  stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
