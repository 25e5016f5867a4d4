import { resolve } from "node:path";
import type { Brief } from "@diplo-brief/core";
import { isSafeScriptUrl, SCRIPT_URL_RULE } from "../../render/script-url.js";
import { oneInput, parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import { loadBrief, reportUnusable } from "../load-brief.js";
import { formatBytes } from "../messages.js";
import { printable } from "../printable.js";
import { cannotWrite, type Output, openOutput } from "../write-output.js";

export const renderCommand: Command = {
  name: "render",
  synopsis: "render <brief.json> [-o page.html] [--fragment] [--script URL]",
  summary: "render a brief to HTML that reads without JavaScript",
  details: `By default a standalone page: the server-rendered <diplo-brief>, the brief's schema.org JSON-LD
and the script that makes it interactive. With --fragment, only the <diplo-brief> element, to put
in a page of your own.

Options:
  -o, --output <file>    write to this file instead of stdout (- is stdout), where '>' would:
                         through symbolic links, into devices and FIFOs; a regular file is
                         replaced atomically and keeps its mode and owner (one with other hard
                         links is written in place, so they all see the new page)
  --fragment             only the <diplo-brief> element, not a whole page
  --script <url>         the hydrating script the page loads: https:, or a path on the page's
                         own origin (relative, or starting with a single /); default:
                         diplo-brief-hydrate.js from the jsDelivr CDN
  -h, --help             show this help

Exit codes: 0 rendered, 1 the brief invalid or unreadable or the output not writable, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(renderCommand.name, args, {
      output: { type: "string", short: "o" },
      fragment: { type: "boolean" },
      script: { type: "string" },
    });
    if (values.help) return printCommandHelp(renderCommand, io);
    const { fragment, script, output } = values;
    if (fragment && script !== undefined) {
      throw new UsageError("--script is for a whole page; a --fragment loads no script", renderCommand.name);
    }
    if (script !== undefined && !isSafeScriptUrl(script)) {
      throw new UsageError(`--script must be ${SCRIPT_URL_RULE}, got '${script}'`, renderCommand.name);
    }
    if (output === "") throw new UsageError("option '--output' needs a file name (or - for stdout)", renderCommand.name);
    const input = oneInput(renderCommand.name, positionals);
    const file = output === "-" ? undefined : output;

    // The output first, as a shell opens a redirection before it runs the command: a path that
    // cannot be written fails before a brief is read from stdin.
    let target: { readonly file: string; readonly output: Output } | undefined;
    if (file !== undefined) {
      try {
        target = { file, output: await openOutput(resolve(io.cwd, file)) };
      } catch (error) {
        return cannotWrite(file, error, io);
      }
    }
    try {
      const loaded = await loadBrief(input, io);
      if (loaded.kind !== "valid") {
        reportUnusable(loaded, io);
        return ExitCode.failed;
      }
      const html = fragment ? `${await renderFragment(loaded.brief)}\n` : await renderStandalone(loaded.brief, script);
      if (target === undefined) {
        io.stdout.write(html);
        return ExitCode.ok;
      }
      try {
        await target.output.write(html);
      } catch (error) {
        return cannotWrite(target.file, error, io);
      }
      io.stderr.write(`wrote ${printable(target.file)} (${formatBytes(Buffer.byteLength(html))})\n`);
      return ExitCode.ok;
    } finally {
      await target?.output.discard();
    }
  },
};

// Lit SSR and the elements load only for this command: every other command starts faster without them.

async function renderFragment(brief: Brief): Promise<string> {
  const { renderBrief } = await import("../../render/render-brief.js");
  return renderBrief(brief);
}

async function renderStandalone(brief: Brief, script: string | undefined): Promise<string> {
  const { renderPage } = await import("../../render/render-page.js");
  return renderPage(brief, script === undefined ? {} : { script });
}
