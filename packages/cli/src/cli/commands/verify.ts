import { type GroundingReport, verifyBrief } from "@diplo-brief/core";
import { oneInput, parseCommandArgs } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import type { CliIo } from "../io.js";
import { type LoadedBrief, loadBrief, reportUnusable, unreadableProblem } from "../load-brief.js";
import { count, fileLine, type ProblemJson, prettyJson, problemJson, problemLine } from "../messages.js";

export const verifyCommand: Command = {
  name: "verify",
  synopsis: "verify [--json] <brief.json>",
  summary: "validate a brief, then check every claim against its article's text",
  details: `Prints '<file>: grounded (checked …)', or '<file>: not grounded, N problems (checked …)' followed
by each problem as '<file>: <path>: <message>'. An invalid brief is reported as by validate.

Options:
  --json        print { "file", "valid", "ok", "checked", "problems": [{ "path", "code", "message" }] }
  -h, --help    show this help

Exit codes: 0 grounded, 1 invalid, not grounded or unreadable, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(verifyCommand.name, args, { json: { type: "boolean" } });
    if (values.help) return printCommandHelp(verifyCommand, io);
    const loaded = await loadBrief(oneInput(verifyCommand.name, positionals), io);
    const outcome: Outcome = loaded.kind === "valid" ? { kind: "checked", label: loaded.label, report: verifyBrief(loaded.brief) } : loaded;
    if (values.json) io.stdout.write(prettyJson(asJson(outcome)));
    else printText(outcome, io);
    return outcome.kind === "checked" && outcome.report.ok ? ExitCode.ok : ExitCode.failed;
  },
};

/** A brief is verified only once it is valid: grounding needs resolved references and spans. */
type Outcome = Exclude<LoadedBrief, { kind: "valid" }> | { readonly kind: "checked"; readonly label: string; readonly report: GroundingReport };

const checkedCounts = ({ checked }: GroundingReport): string =>
  `checked ${count(checked.spans, "evidence span")}, ${count(checked.directQuotes, "direct quote")}, ${count(checked.entities, "entity", "entities")}`;

function printText(outcome: Outcome, io: CliIo): void {
  if (outcome.kind !== "checked") {
    reportUnusable(outcome, io, io.stdout);
    return;
  }
  const { label, report } = outcome;
  const verdict = report.ok ? "grounded" : `not grounded, ${count(report.problems.length, "problem")}`;
  io.stdout.write(`${fileLine(label, `${verdict} (${checkedCounts(report)})`)}\n`);
  for (const problem of report.problems) io.stdout.write(`${problemLine(label, problem)}\n`);
}

interface VerifyJson {
  readonly file: string;
  /** Whether the brief passed validation; grounding is checked only then. */
  readonly valid: boolean;
  readonly ok: boolean;
  readonly checked?: GroundingReport["checked"];
  readonly problems: readonly ProblemJson[];
}

function asJson(outcome: Outcome): VerifyJson {
  switch (outcome.kind) {
    case "unreadable":
      return { file: outcome.label, valid: false, ok: false, problems: [unreadableProblem(outcome.message)] };
    case "invalid":
      return { file: outcome.label, valid: false, ok: false, problems: outcome.problems.map(problemJson) };
    case "checked":
      return {
        file: outcome.label,
        valid: true,
        ok: outcome.report.ok,
        checked: outcome.report.checked,
        problems: outcome.report.problems.map(problemJson),
      };
  }
}
