import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumArgs, findChromium } from "@diplo-brief/test-utils/chromium";
import { type Browser, chromium, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { recordProblems, serveStatic } from "@diplo-brief/test-utils/static-server";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const consumerSources = fileURLToPath(new URL("../consumer/", import.meta.url));

interface Published {
  name: string;
  dir: string;
  /** Files a user relies on beyond package.json, README, LICENSE and the main entry. */
  required: string[];
}

const published: Published[] = [
  { name: "@diplo-brief/core", dir: join(repo, "packages/core"), required: ["dist/articles/blinken-beijing.brief.json", "dist/brief.schema.json"] },
  { name: "@diplo-brief/elements", dir: join(repo, "packages/elements"), required: ["dist/cdn/diplo-brief.js", "dist/cdn/diplo-brief-on-demand.js", "dist/cdn/diplo-brief-all.js", "custom-elements.json"] },
  { name: "@diplo-brief/draft", dir: join(repo, "packages/draft"), required: [] },
];

/** The part of `npm pack --json` output this test reads. */
interface PackResult {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

interface PackageJson {
  name: string;
  version: string;
  main?: string;
  types?: string;
  exports?: unknown;
  customElements?: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/**
 * Every file the exports map can hand to a user, with the conditions leading to it. Targets under
 * the workspace-only "@diplo-brief/source" condition are left out: they point at `src`, which is
 * not published and which no user's resolver asks for.
 */
function exportTargets(node: unknown, conditions: string[] = []): { target: string; via: string }[] {
  if (typeof node === "string") return [{ target: node, via: conditions.join(" > ") }];
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => exportTargets(value, [...conditions, key]));
}

let temp: string;
let project: string;
const packs = new Map<string, PackResult & { tarball: string }>();

beforeAll(async () => {
  for (const { name, dir } of published) {
    if (!existsSync(join(dir, "dist/index.js"))) {
      throw new Error(`${name} is not built (no ${join(dir, "dist/index.js")}). Build it first: npx turbo run build --filter=${name}`);
    }
  }
  // Outside the monorepo, so Node and TypeScript cannot climb into /work/main/node_modules and
  // find what the tarballs forgot.
  temp = mkdtempSync(join(tmpdir(), "diplo-brief-install-"));
  project = join(temp, "project");
  const packDir = join(temp, "packs");
  mkdirSync(project);
  mkdirSync(packDir);

  for (const { name, dir } of published) {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", packDir], dir);
    const [result] = JSON.parse(stdout) as PackResult[];
    if (!result || result.name !== name) throw new Error(`npm pack in ${dir} did not report ${name}:\n${stdout}`);
    packs.set(name, { ...result, tarball: join(packDir, result.filename) });
  }

  cpSync(consumerSources, project, { recursive: true });
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "diplo-brief-consumer", private: true, type: "module" }, null, 2)}\n`);
  const tarballs = published.map(({ name }) => packs.get(name)?.tarball ?? "");
  await run("npm", ["install", "--no-audit", "--no-fund", ...tarballs, "typescript@5.9.3", "vite@8.3.8", "@types/node@20.19.43"], project);
}, 300_000);

afterAll(() => {
  if (temp && !process.env.KEEP_INSTALL_TEST_DIR) rmSync(temp, { recursive: true, force: true });
  else if (temp) console.log(`kept ${temp}`);
});

describe("the packed tarballs", () => {
  it.each(published)("$name ships its build, declarations, docs and sources, and no tests", ({ name, required }) => {
    const pack = packs.get(name);
    const files = pack?.files.map((file) => file.path) ?? [];
    expect(files.filter((path) => /\.test\.|(^|\/)testing\/|(^|\/)(test|tests|fixtures?|__fixtures__)\//.test(path))).toEqual([]);
    expect(files.filter((path) => /\.tsbuildinfo$|(^|\/)\.turbo\/|\.tgz$/.test(path))).toEqual([]);

    // The manifest as packed: the working tree's may have moved on since.
    const manifest = readJson<PackageJson>(join(project, "node_modules", name, "package.json"));
    const expected = ["README.md", "LICENSE", "package.json", "dist/index.js", "dist/index.d.ts", ...required];
    for (const field of [manifest.main, manifest.types, manifest.customElements]) if (field) expected.push(field.replace(/^\.\//, ""));
    expect(expected.filter((path) => !files.includes(path))).toEqual([]);

    // A target missing from the tarball is a "Cannot find module" for users only, never here.
    const missing = exportTargets(manifest.exports)
      .filter(({ target }) => !files.includes(target.replace(/^\.\//, "")))
      .map(({ target, via }) => `${via}: ${target}`);
    expect(missing).toEqual([]);

    // Every source a map names inside the package is in the tarball, so debuggers can open it.
    const unresolved = files
      .filter((path) => path.endsWith(".js.map"))
      .flatMap((map) => {
        const { sources } = readJson<{ sources: string[] }>(join(project, "node_modules", name, map));
        return sources
          .map((source) => posix.normalize(posix.join(posix.dirname(map), source)))
          .filter((path) => !path.startsWith("..") && !files.includes(path))
          .map((path) => `${map}: ${path}`);
      });
    expect(unresolved).toEqual([]);
  });

  it("were installed from the tarballs, not from the registry or the workspace", () => {
    const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(join(project, "package-lock.json"));
    for (const { name } of published) {
      const pack = packs.get(name);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry?.resolved, name).toMatch(/^file:.*\.tgz$/);
      expect(entry?.version, name).toBe(pack?.version);
      // A nested copy would mean elements' range on core missed the packed core.
      expect(Object.keys(lock.packages).filter((key) => key.endsWith(`/node_modules/${name}`))).toEqual([]);
      const installed = realpathSync(join(project, "node_modules", name));
      expect(installed.startsWith(project + sep), `${name} resolves to ${installed}`).toBe(true);
    }
  });
});

describe("in Node, as plain ESM", () => {
  interface Check {
    success: boolean;
    groundingOk?: boolean;
    problems?: string[];
    groundingProblems?: string[];
  }
  interface CheckOutput {
    module: Check;
    json: Check;
    jsonEqualsModule: boolean;
    quotes: number;
    seedVersion: string;
    schemaVersion: string;
    schemaId: string;
    schemaFileId: string;
    briefJsonPath: string;
    schemaPath: string;
  }

  it("parses and verifies the seed brief, from its module and its JSON export, and resolves the JSON Schema", async () => {
    const { stdout } = await run(process.execPath, ["check.mjs"], project);
    const output = JSON.parse(stdout) as CheckOutput;
    for (const check of [output.module, output.json]) {
      expect(check.problems ?? []).toEqual([]);
      expect(check).toMatchObject({ success: true, groundingOk: true, groundingProblems: [] });
    }
    expect(output.jsonEqualsModule).toBe(true);
    expect(output.quotes).toBeGreaterThan(0);
    expect(output.schemaVersion).toMatch(/^\d+\.\d+$/);
    expect(output.schemaId.endsWith(`:${output.schemaVersion}`)).toBe(true);
    // The seed may be written in an older minor version of the format, never a newer one or another major.
    const [seedMajor, seedMinor] = output.seedVersion.split(".").map(Number);
    const [major, minor] = output.schemaVersion.split(".").map(Number);
    expect(seedMajor).toBe(major);
    expect(seedMinor).toBeLessThanOrEqual(minor as number);
    expect(output.schemaFileId).toBe(output.schemaId);
    // Resolved inside the installed package, as a user's would be.
    for (const path of [output.briefJsonPath, output.schemaPath]) expect(path.startsWith(join(project, "node_modules/@diplo-brief/core/dist") + sep)).toBe(true);
  });
});

describe("the drafter, in Node, as plain ESM", () => {
  it("drafts the seed article into a brief that validates and is grounded, with its model installed", async () => {
    const { stdout } = await run(process.execPath, ["draft.mjs"], project);
    const output = JSON.parse(stdout) as { problems: string[]; grounding: string[]; directQuotes: number; provenance: { method: string; reviewed: boolean } };
    expect(output.problems).toEqual([]);
    expect(output.grounding).toEqual([]);
    expect(output.directQuotes).toBeGreaterThan(0);
    expect(output.provenance).toMatchObject({ method: "drafted", reviewed: false });
  });
});

describe("in TypeScript, from the published declarations", () => {
  // The project's own tsc, by path: `npx tsc` could pick up another one from PATH.
  const tsc = async (config: string): Promise<void> => {
    await run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", config], project);
  };

  it.each(["nodenext", "bundler"])("a strict consumer compiles under %s resolution", async (resolution) => {
    await tsc(`tsconfig.${resolution}.json`);
  });

  it.each(["nodenext", "bundler"])("wrong uses are type errors under %s resolution, so the types are not any", async (resolution) => {
    await tsc(`tsconfig.errors.${resolution}.json`);
  });
});

describe("in Chromium", () => {
  let browser: Browser;
  let seed: { headline: string; quotes: number };

  beforeAll(async () => {
    const brief = readJson<{ article: { headline: string }; quotes: unknown[] }>(join(project, "node_modules/@diplo-brief/core/dist/articles/blinken-beijing.brief.json"));
    seed = { headline: brief.article.headline, quotes: brief.quotes.length };
    browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page and records everything that went wrong on it. */
  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors = recordProblems(page);
    await page.goto(url);
    return { page, errors };
  }

  interface Rendered {
    /** Whether the tag is registered at all: a bundler that drops `define`'s side effects leaves it unknown. */
    defined: boolean;
    headline: string | null;
    quoteCards: number;
    drawnQuoteCards: number;
    errorPanels: number;
  }

  /** What <diplo-brief> drew in its own shadow root: a light-DOM copy would not count. */
  async function rendered(page: Page): Promise<Rendered> {
    // Waits for the headline but reports the state either way: a diff says more than a timeout.
    // Both pages register the tags from a module script, which has run once the page has loaded,
    // so an unknown tag will stay unknown.
    await page
      .waitForFunction(
        () => !customElements.get("diplo-brief") || document.querySelector("diplo-brief")?.shadowRoot?.querySelector('[part~="headline"]'),
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    await page.waitForLoadState("networkidle");
    return page.evaluate(() => {
      const root = document.querySelector("diplo-brief")?.shadowRoot;
      // The quote cards are drawn inside the brief's one shadow root.
      const cards = [...(root?.querySelectorAll(".quotes .card") ?? [])];
      return {
        defined: customElements.get("diplo-brief") !== undefined,
        headline: root?.querySelector('[part~="headline"]')?.textContent?.trim() ?? null,
        quoteCards: cards.length,
        // A card with nothing in it would count without showing anything.
        drawnQuoteCards: cards.filter((card) => (card.querySelector('[part~="text"]')?.textContent?.trim() ?? "") !== "").length,
        errorPanels: root?.querySelectorAll('[part~="error"]').length ?? 0,
      };
    });
  }

  it("a page built with Vite renders the brief", async () => {
    await run(process.execPath, [join(project, "node_modules/vite/bin/vite.js"), "build"], project);
    const site = await serveStatic(join(project, "dist"));
    try {
      const { page, errors } = await open(site.url);
      try {
        const hint = "defined: false means the production build dropped the registration in @diplo-brief/elements/define (its package.json sideEffects must cover every file that runs customElements.define)";
        expect(await rendered(page), hint).toEqual({ defined: true, headline: seed.headline, quoteCards: seed.quotes, drawnQuoteCards: seed.quotes, errorPanels: 0 });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await site.close();
    }
  });

  it("a page with no bundler renders the brief from the CDN build and a src URL", async () => {
    cpSync(join(project, "node_modules/@diplo-brief/core/dist/articles/blinken-beijing.brief.json"), join(project, "brief.json"));
    const site = await serveStatic(project);
    try {
      const { page, errors } = await open(`${site.url}cdn.html`);
      try {
        expect(await rendered(page)).toEqual({ defined: true, headline: seed.headline, quoteCards: seed.quotes, drawnQuoteCards: seed.quotes, errorPanels: 0 });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await site.close();
    }
  });
});
