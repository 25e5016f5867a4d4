import { resolve } from "node:path";
import type { Brief } from "@diplo-brief/core";
import { oneInput, parseCommandArgs, UsageError } from "../args.js";
import type { Command } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { printCommandHelp } from "../help.js";
import { loadBrief, reportUnusable } from "../load-brief.js";
import { formatBytes } from "../messages.js";
import { OutputError, writeFileAtomically } from "../write-output.js";

export const renderCommand: Command = {
  name: "render",
  synopsis: "render <brief.json> [-o page.html] [--fragment] [--script URL]",
  summary: "render a brief to HTML that reads without JavaScript",
  details: `By default a standalone page: the server-rendered <diplo-brief>, the brief's schema.org JSON-LD
and the script that makes it interactive. With --fragment, only the <diplo-brief> element, to put
in a page of your own.

Options:
  -o, --output <file>    write to this file (atomically) instead of stdout; - is stdout
  --fragment             only the <diplo-brief> element, not a whole page
  --script <url>         the hydrating script the page loads (http(s) or relative);
                         default: diplo-brief-hydrate.js from the jsDelivr CDN
  -h, --help             show this help

Exit codes: 0 rendered, 1 the brief invalid or unreadable or the output not writable, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseCommandArgs(renderCommand.name, args, {
      output: { type: "string", short: "o" },
      fragment: { type: "boolean" },
      script: { type: "string" },
    });
    if (values.help) return printCommandHelp(renderCommand, io);
    if (values.fragment && values.script !== undefined) {
      throw new UsageError("--script is for a whole page; a --fragment loads no script", renderCommand.name);
    }
    const loaded = await loadBrief(oneInput(renderCommand.name, positionals), io);
    if (loaded.kind !== "valid") {
      reportUnusable(loaded, io);
      return ExitCode.failed;
    }
    const html = values.fragment ? `${await renderFragment(loaded.brief)}\n` : await renderStandalone(loaded.brief, values.script);

    const { output } = values;
    if (output === undefined || output === "-") {
      io.stdout.write(html);
      return ExitCode.ok;
    }
    try {
      await writeFileAtomically(resolve(io.cwd, output), html);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      io.stderr.write(`${output}: cannot write: ${error.message}\n`);
      return ExitCode.failed;
    }
    io.stderr.write(`wrote ${output} (${formatBytes(Buffer.byteLength(html))})\n`);
    return ExitCode.ok;
  },
};

// Lit SSR and the elements load only for this command: every other command starts faster without them.

async function renderFragment(brief: Brief): Promise<string> {
  const { renderBrief } = await import("../../render/render-brief.js");
  return renderBrief(brief);
}

async function renderStandalone(brief: Brief, script: string | undefined): Promise<string> {
  const { renderPage, UnsafeScriptUrlError } = await import("../../render/render-page.js");
  try {
    return await renderPage(brief, script === undefined ? {} : { script });
  } catch (error) {
    // renderPage refuses a script URL it will not put in a page (javascript:, data:); that is a
    // bad --script, a usage error rather than a failure of the brief.
    if (error instanceof UnsafeScriptUrlError) {
      throw new UsageError(`--script: ${error.message.replace(/^the script URL/, "the URL")}`, renderCommand.name);
    }
    throw error;
  }
}
