import { noEmptyNames, parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import type { CliIo } from "../io.js";
import { type LoadedBrief, loadBrief, reportUnusable, unreadableProblem } from "../load-brief.js";
import { type ProblemJson, prettyJson, problemJson, validLine } from "../messages.js";
import { Progress } from "../progress.js";

/** Up to this many files, validation is over before a progress line could be read. */
const PROGRESS_AFTER_FILES = 5;

export const validateCommand: Command = {
  name: "validate",
  synopsis: "validate [--json] <brief.json>...",
  summary: "check that each file is a valid brief: shape, references, evidence spans",
  details: `For each valid brief prints '<file>: valid (N entities, N issues, N quotes, N events)'; for an
invalid one, each problem as '<file>: <path>: <message>'. Files that cannot be read are reported
on stderr as '<file>: <reason>'.

Options:
  --json        print [{ "file", "valid", "problems": [{ "path", "code", "message" }] }] instead
  -h, --help    show this help

Exit codes: 0 every brief valid, 1 a brief invalid or a file unreadable, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(validateCommand.name, args, { json: { type: "boolean" } });
    if (values.help) return printCommandHelp(validateCommand, io);
    if (positionals.length === 0) throw new UsageError("missing <brief.json> (one or more files, or - for stdin)", validateCommand.name);
    noEmptyNames(validateCommand.name, positionals);
    if (positionals.filter((file) => file === "-").length > 1) throw new UsageError("stdin (-) can be read only once", validateCommand.name);

    const progress = new Progress(io.stderr, positionals.length > PROGRESS_AFTER_FILES && io.stderr.isTTY === true);
    const results: ValidateJson[] = [];
    let failed = false;
    for (const [index, file] of positionals.entries()) {
      progress.update(`validating ${index + 1}/${positionals.length} ${file}`);
      const loaded = await loadBrief(file, io);
      if (loaded.kind !== "valid") failed = true;
      if (values.json) {
        results.push(asJson(loaded));
      } else {
        progress.clear();
        printText(loaded, io);
      }
    }
    progress.clear();
    if (values.json) io.stdout.write(prettyJson(results));
    return failed ? ExitCode.failed : ExitCode.ok;
  },
};

function printText(loaded: LoadedBrief, io: CliIo): void {
  if (loaded.kind === "valid") io.stdout.write(`${validLine(loaded.label, loaded.brief)}\n`);
  else reportUnusable(loaded, io, io.stdout);
}

interface ValidateJson {
  readonly file: string;
  readonly valid: boolean;
  readonly problems: readonly ProblemJson[];
}

function asJson(loaded: LoadedBrief): ValidateJson {
  switch (loaded.kind) {
    case "valid":
      return { file: loaded.label, valid: true, problems: [] };
    case "invalid":
      return { file: loaded.label, valid: false, problems: loaded.problems.map(problemJson) };
    case "unreadable":
      return { file: loaded.label, valid: false, problems: [unreadableProblem(loaded.message)] };
  }
}
