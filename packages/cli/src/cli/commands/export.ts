import { type Brief, toJsonLd, toTimelineJs } from "@diplo-brief/core";
import { oneInput, parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import { loadBrief, reportUnusable } from "../load-brief.js";
import { prettyJson } from "../messages.js";

const exporters = {
  jsonld: toJsonLd,
  timelinejs: toTimelineJs,
} as const satisfies Record<string, (brief: Brief) => unknown>;

type Format = keyof typeof exporters;
const formats = Object.keys(exporters) as Format[];
const isFormat = (value: string): value is Format => Object.hasOwn(exporters, value);

export const exportCommand: Command = {
  name: "export",
  synopsis: "export --format jsonld|timelinejs <brief.json>",
  summary: "print a brief as schema.org JSON-LD or as a TimelineJS 3 document",
  details: `Formats:
  jsonld        a schema.org @graph: the NewsArticle, its entities, direct quotes and events
  timelinejs    the TimelineJS 3 JSON format: dated events as slides, the others on the title slide

Options:
  -f, --format <format>    jsonld or timelinejs (required)
  -h, --help               show this help

Exit codes: 0 exported, 1 the brief invalid or unreadable (the problems go to stderr), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(exportCommand.name, args, { format: { type: "string", short: "f" } });
    if (values.help) return printCommandHelp(exportCommand, io);
    const { format } = values;
    if (format === undefined) throw new UsageError(`missing --format (${formats.join(" or ")})`, exportCommand.name);
    if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (choose ${formats.join(" or ")})`, exportCommand.name);
    const loaded = await loadBrief(oneInput(exportCommand.name, positionals), io);
    if (loaded.kind !== "valid") {
      reportUnusable(loaded, io);
      return ExitCode.failed;
    }
    io.stdout.write(prettyJson(exporters[format](loaded.brief)));
    return ExitCode.ok;
  },
};
