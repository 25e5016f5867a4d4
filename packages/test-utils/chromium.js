// Plain JavaScript so vitest and Playwright configs can import it without a TypeScript loader.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Flags headless Chromium needs on these machines: root without a sandbox, no GPU, and no
 * background traffic towards hosts a closed network refuses.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function playwrightDownload() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright");
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * A real Chromium: `$CHROME_PATH`, then Debian's `/usr/bin/chromium`, then Playwright's own
 * download. Throws with what to do when there is none, rather than letting a test runner fail
 * later with a less useful message.
 */
export function findChromium() {
  const candidates = [
    ["$CHROME_PATH", process.env.CHROME_PATH],
    ["Debian's chromium", "/usr/bin/chromium"],
    ["Playwright's download", playwrightDownload()],
  ];
  for (const [, path] of candidates) if (path && existsSync(path)) return path;
  const tried = candidates.map(([name, path]) => `${name} (${path ?? "not set"})`).join(", ");
  throw new Error(
    `No Chromium found for the browser tests. Tried ${tried}. Install one (as root: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
}
