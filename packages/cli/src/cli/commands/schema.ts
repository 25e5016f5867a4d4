import { BRIEF_SCHEMA_ID, toJsonSchema } from "@diplo-brief/core";
import { parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import { prettyJson } from "../messages.js";

export const schemaCommand: Command = {
  name: "schema",
  synopsis: "schema",
  summary: "print the JSON Schema (draft 2020-12) of the brief format",
  details: `Its $id names the format version (${BRIEF_SCHEMA_ID}). The schema checks a brief's shape;
'diplo-brief validate' also checks ids, references and evidence spans.

Options:
  -h, --help    show this help

Exit codes: 0 printed, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(schemaCommand.name, args, {});
    if (values.help) return printCommandHelp(schemaCommand, io);
    if (positionals.length > 0) throw new UsageError(`takes no arguments, got '${positionals.join(" ")}'`, schemaCommand.name);
    io.stdout.write(prettyJson(toJsonSchema()));
    return ExitCode.ok;
  },
};
