import { resolve } from "node:path";
import type { ModelDraftOptions } from "@diplo-brief/draft";
import { ExitCode } from "../exit-codes.js";
import { interruptible } from "../interrupt.js";
import type { CliIo } from "../io.js";
import { count, fileLine, prettyJson } from "../messages.js";
import { readTextInput } from "../read-input.js";
import { cannotWrite, type Output, openOutput } from "../write-output.js";
import { type ArticleFields, type ArticleSource, formatOfContent, formatOfName } from "./article.js";
import { articleFailure, type DraftedArticle, draftArticle } from "./draft-article.js";
import { modelFailure, modelReportLines } from "./model-report.js";

/** Drafting with a language model: the model `--model` names, `--timeout` in milliseconds and `--retries`. */
export type ModelRun = Pick<ModelDraftOptions, "model" | "timeout" | "retries">;

export interface SingleOptions {
  /** The article's file as typed, or `-` for stdin. */
  readonly input: string;
  /** Where the brief goes instead of stdout, as typed. */
  readonly output: string | undefined;
  /** Where the report goes, as typed. */
  readonly report: string | undefined;
  readonly fields: ArticleFields;
  /** With a language model too; by the rules alone when undefined. */
  readonly model: ModelRun | undefined;
}

interface Target {
  readonly file: string;
  readonly output: Output;
}

/** Drafts one article: the brief to stdout or `-o`, the report to `--report`, one line saying what was found on stderr. */
export async function runSingle(options: SingleOptions, io: CliIo): Promise<ExitCode> {
  const targets = new Map<"brief" | "report", Target>();
  try {
    // The outputs first, as a shell opens its redirections before it runs the command: a path
    // that cannot be written fails before an article is read from stdin.
    for (const [what, file] of [["brief", options.output], ["report", options.report]] as const) {
      if (file === undefined) continue;
      try {
        targets.set(what, { file, output: await openOutput(resolve(io.cwd, file)) });
      } catch (error) {
        return cannotWrite(file, error, io);
      }
    }

    const input = await readTextInput(options.input, io, "article");
    if (!input.ok) {
      io.stderr.write(`${fileLine(input.label, input.message)}\n`);
      return ExitCode.failed;
    }
    const article: ArticleSource = {
      format: options.input === "-" ? formatOfContent(input.text) : formatOfName(options.input),
      content: input.text,
      fields: options.fields,
    };
    let drafted: DraftedArticle;
    // Ctrl-C aborts the model's request; the process dies of it once the line saying so is written.
    const interruption = options.model && interruptible();
    try {
      drafted = await draftArticle(article, options.model && { ...options.model, signal: interruption?.signal });
    } catch (error) {
      const failure = modelFailure(error) ?? (await articleFailure(error));
      if (failure === undefined) throw error;
      io.stderr.write(`${fileLine(input.label, failure)}\n`);
      return ExitCode.failed;
    } finally {
      interruption?.done();
    }
    // Said before anything is written, so that what the tokens bought is known even if a write fails.
    for (const line of drafted.report.model ? modelReportLines(drafted.report.model) : []) io.stderr.write(`${fileLine(input.label, line)}\n`);

    const written: string[] = [];
    for (const [what, json] of [["brief", prettyJson(drafted.brief)], ["report", prettyJson(drafted.report)]] as const) {
      const target = targets.get(what);
      if (target === undefined) {
        if (what === "brief") io.stdout.write(json);
        continue;
      }
      try {
        await target.output.write(json);
      } catch (error) {
        return cannotWrite(target.file, error, io);
      }
      written.push(target.file);
    }
    io.stderr.write(`${fileLine(input.label, found(drafted, written, targets.has("report")))}\n`);
    return ExitCode.ok;
  } finally {
    for (const target of targets.values()) await target.output.discard();
  }
}

/** `drafted 5 entities, 0 issues, 1 quote (1 direct), 1 event; left out 2; from the page: title, date 2026-07-19; wrote brief.json` */
function found({ report, page }: DraftedArticle, written: readonly string[], reported: boolean): string {
  const { entities, issues, quotes, directQuotes, events } = report.found;
  const parts = [
    `drafted ${count(entities, "entity", "entities")}, ${count(issues, "issue")}, ${count(quotes, "quote")} (${directQuotes} direct), ${count(events, "event")}`,
  ];
  if (report.skipped.length > 0) parts.push(`left out ${report.skipped.length}`);
  if (page) {
    const given = [
      page.title === undefined ? "" : "title",
      page.byline === undefined ? "" : "byline",
      page.published === undefined ? "" : `date ${page.published}`,
      page.language === undefined ? "" : `language ${page.language}`,
    ].filter((part) => part !== "");
    parts.push(`from the page: ${given.length > 0 ? given.join(", ") : "the text only"}`);
  }
  if (report.notes.length > 0) parts.push(`${count(report.notes.length, "note")}${reported ? "" : " (see --report)"}`);
  if (written.length > 0) parts.push(`wrote ${written.join(" and ")}`);
  return parts.join("; ");
}
