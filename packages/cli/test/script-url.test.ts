import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderPage, UnsafeScriptUrlError } from "@diplo-brief/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMain, seedPath } from "./harness.js";

// One rule, for the library and the command: https: from anywhere, or a path on the page's own origin.
// Each refused URL, and how the error shows it where that differs: its control characters escaped.
const refused: readonly (readonly [url: string, shown?: string])[] = [
  ["//evil.example/x.js"],
  ["/\\evil.example/x.js"],
  ["\\\\evil.example/x.js"],
  ["https:\\\\evil.example/x.js"],
  [" //evil.example/x.js"],
  ["\t//evil.example/x.js", "\\t//evil.example/x.js"],
  ["/x.js\n", "/x.js\\n"],
  ["/x\x1b.js", "/x\\x1b.js"],
  ["/x\u0085.js", "/x\\x85.js"],
  ["http://cdn.example/x.js"],
  ["javascript:alert(1)"],
  ["JavaScript:alert(1)"],
  ["data:text/javascript,alert(1)"],
  ["evil.example:443/x.js"],
  ["https://"],
  [""],
];
const accepted = ["https://cdn.example/x.js", "HTTPS://cdn.example/x.js", "/assets/x.js", "assets/x.js", "./x.js", "../x.js", "/x.js?v=1#top"];

let dir = "";
let seed: unknown;

beforeAll(async () => {
  const text = await readFile(seedPath, "utf8");
  seed = JSON.parse(text);
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-script-"));
  await writeFile(join(dir, "brief.json"), text);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the hydrating script's URL", () => {
  it.each(refused.map(([url, shown = url]) => [url, shown] as const))("render --script %j is a usage error that shows the URL", async (url, shown) => {
    expect(await runMain(dir, ["render", "brief.json", "--script", url])).toEqual({
      code: 2,
      stdout: "",
      stderr: `diplo-brief render: --script must be https: or a same-origin path (relative, or starting with a single /), got '${shown}'\nRun 'diplo-brief render --help' for usage.\n`,
    });
  });

  it.each(refused.map(([url]) => url))("renderPage refuses %j with an UnsafeScriptUrlError", async (script) => {
    await expect(renderPage(seed, { script })).rejects.toThrow(UnsafeScriptUrlError);
  });

  it("renderPage puts an https: URL or a same-origin path in the page", async () => {
    for (const script of accepted) {
      const page = await renderPage(seed, { script });
      expect(page).toContain(`<script type="module" src="${script}"></script>`);
    }
  });
});
