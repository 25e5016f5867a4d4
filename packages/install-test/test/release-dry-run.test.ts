import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { type Bump, bumpOrder, compareVersions, increment, satisfies } from "./support/semver.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const dependencyFields = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;
const privatePackages = ["@diplo-brief/demo", "@diplo-brief/test-utils", "@diplo-brief/install-test"];
const mustPublish = ["@diplo-brief/core", "@diplo-brief/elements"];

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface WorkspacePackage {
  dir: string;
  before: PackageJson;
}

interface Changeset {
  file: string;
  releases: Map<string, Bump>;
  summary: string;
}

interface ChangesetConfig {
  fixed: string[][];
  linked: string[][];
  ignore: string[];
  baseBranch?: string;
  updateInternalDependencies: "patch" | "minor";
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

function parseChangeset(file: string): Changeset {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no front matter`);
  const [, header = "", summary = ""] = match;
  const releases = new Map<string, Bump>();
  for (const line of header.split(/\r?\n/).filter((l) => l.trim() !== "")) {
    const release = /^\s*["']?([^"']+?)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (!release?.[1] || !release[2]) throw new Error(`${file}: cannot read '${line}'`);
    releases.set(release[1], release[2] as Bump);
  }
  return { file, releases, summary: summary.trim() };
}

/** The files a fresh clone would have plus the ones not yet added, as the working tree has them now. */
async function copyWorkingTree(to: string): Promise<void> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], repo);
  for (const path of stdout.split("\0").filter(Boolean)) {
    const from = join(repo, path);
    // Tracked but deleted in the working tree: the release would not have it either.
    if (!existsSync(from) && !isSymlink(from)) continue;
    mkdirSync(dirname(join(to, path)), { recursive: true });
    if (isSymlink(from)) symlinkSync(readlinkSync(from), join(to, path));
    else copyFileSync(from, join(to, path));
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The release each package should get: the largest bump its changesets name, and a patch for a
 * published package whose range on a released dependency no longer holds the new version
 * (changesets then moves the range). A dependent still in range is left alone.
 */
function planReleases(): void {
  const raise = (name: string, bump: Bump): boolean => {
    const current = bumps.get(name);
    if (current && bumpOrder.indexOf(bump) <= bumpOrder.indexOf(current)) return false;
    bumps.set(name, bump);
    return true;
  };
  const next = (name: string): string | undefined => {
    const bump = bumps.get(name);
    const before = packages.get(name)?.before.version;
    return bump && before ? increment(before, bump) : undefined;
  };
  for (const { releases } of changesets) for (const [name, bump] of releases) raise(name, bump);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, { before }] of packages) {
      if (before.private || config.ignore.includes(name)) continue;
      if (Object.keys(before.peerDependencies ?? {}).some((dep) => bumps.has(dep))) throw new Error(`${name} has a released workspace peer dependency; model that here`);
      for (const [dep, range] of Object.entries(before.dependencies ?? {})) {
        const version = next(dep);
        if (version && !satisfies(version, range) && raise(name, "patch")) grew = true;
      }
    }
  }
  for (const name of bumps.keys()) expected.set(name, next(name) ?? "");
}

/** Package directories matched by the root's workspace globs (only the `dir/*` form is used here). */
function workspaceDirs(root: string): string[] {
  const { workspaces = [] } = readJson<{ workspaces?: string[] }>(join(root, "package.json"));
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith("/*") || pattern.slice(0, -2).includes("*")) throw new Error(`workspace glob '${pattern}' is not 'dir/*'; extend this test`);
    const parent = join(root, pattern.slice(0, -2));
    return existsSync(parent)
      ? readdirSync(parent, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(parent, entry.name, "package.json")))
          .map((entry) => join(parent, entry.name))
      : [];
  });
}

let temp: string;
let copy: string;
let config: ChangesetConfig;
let changesets: Changeset[];
let addedChangeset = false;
const packages = new Map<string, WorkspacePackage>();
const bumps = new Map<string, Bump>();
const expected = new Map<string, string>();
/** Published packages whose build was copied in, so their packed file list is the real one. */
const built = new Set<string>();
const after = (name: string): PackageJson => readJson<PackageJson>(join(packages.get(name)?.dir ?? "", "package.json"));

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "diplo-brief-release-"));
  copy = join(temp, "repo");
  mkdirSync(copy);
  await copyWorkingTree(copy);

  for (const dir of workspaceDirs(copy)) {
    const manifest = readJson<PackageJson>(join(dir, "package.json"));
    packages.set(manifest.name, { dir, before: manifest });
  }
  config = readJson<ChangesetConfig>(join(copy, ".changeset/config.json"));

  const changesetFiles = () =>
    readdirSync(join(copy, ".changeset"))
      .filter((name) => name.endsWith(".md") && name !== "README.md")
      .map((name) => join(copy, ".changeset", name));
  if (changesetFiles().length === 0) {
    // Nothing pending right now: the path must still run, so release a patch in the copy only.
    addedChangeset = true;
    const header = mustPublish.map((name) => `"${name}": patch`).join("\n");
    writeFileSync(join(copy, ".changeset/install-test-dry-run.md"), `---\n${header}\n---\n\nA patch release made up by the release dry run.\n`);
  }
  changesets = changesetFiles().map(parseChangeset);
  planReleases();

  // changesets reads each changeset's commit from git for the changelog.
  const git = (...args: string[]) => run("git", ["-c", "user.name=Release dry run", "-c", "user.email=dry-run@example.invalid", "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", ...args], copy);
  await git("init", "-q", "-b", config.baseBranch ?? "main");
  await git("add", "-A");
  await git("commit", "-q", "-m", "the working tree, for a release dry run");

  // After the commit, so git never sees them: the installed tools, not a second download.
  symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"));
  for (const dir of workspaceDirs(repo)) {
    const own = join(dir, "node_modules");
    const there = join(copy, relative(repo, dir), "node_modules");
    if (existsSync(own) && existsSync(dirname(there)) && !existsSync(there)) symlinkSync(own, there);
  }
  // The release builds before it publishes (`turbo run build && changeset publish`). Turbo builds
  // the packages this one depends on before its tests, the same build the install test packs, so
  // copy theirs in for real packed file lists. Other published packages are packed unbuilt: a
  // dist left over from some other state of the tree would prove nothing.
  for (const name of mustPublish) {
    const dir = packages.get(name)?.dir ?? "";
    const dist = join(repo, relative(copy, dir), "dist");
    if (!existsSync(join(dist, "index.js"))) throw new Error(`${name} is not built (no ${dist}/index.js). Build it first: npx turbo run build --filter=${name}`);
    cpSync(dist, join(dir, "dist"), { recursive: true });
    built.add(name);
  }

  await run(process.execPath, ["node_modules/@changesets/cli/bin.js", "version"], copy);
}, 300_000);

afterAll(() => {
  if (temp && !process.env.KEEP_INSTALL_TEST_DIR) rmSync(temp, { recursive: true, force: true });
  else if (temp) console.log(`kept ${temp}`);
});

describe("changeset version, on a copy of the working tree", () => {
  it("starts from a configuration this test models", () => {
    // fixed and linked groups change which versions to expect; model them here before using them.
    expect(config.fixed).toEqual([]);
    expect(config.linked).toEqual([]);
    expect(config.updateInternalDependencies).toBe("patch");
    for (const name of mustPublish) expect(packages.get(name)?.before.private, name).not.toBe(true);
    for (const name of privatePackages) expect(packages.get(name)?.before.private, name).toBe(true);
    for (const { releases, file } of changesets) {
      for (const name of releases.keys()) {
        expect(packages.has(name), `${basename(file)} names ${name}, which is no workspace package`).toBe(true);
        expect(packages.get(name)?.before.private, `${basename(file)} releases the private ${name}`).not.toBe(true);
      }
    }
  });

  it("bumps every published package as its pending changesets say", () => {
    expect(bumps.size).toBeGreaterThan(0);
    for (const [name, { before }] of packages) {
      const version = expected.get(name);
      if (!version) continue;
      expect(after(name).version, `${name} (${bumps.get(name)} from ${before.version})`).toBe(version);
      expect(compareVersions(after(name).version, before.version)).toBeGreaterThan(0);
    }
    // No other package moved.
    for (const [name, { before }] of packages) if (!expected.has(name)) expect(after(name).version, name).toBe(before.version);
  });

  it("writes a changelog with every summary for each released package", () => {
    expect(expected.size).toBeGreaterThan(0);
    for (const [name, version] of expected) {
      const path = join(packages.get(name)?.dir ?? "", "CHANGELOG.md");
      expect(existsSync(path), path).toBe(true);
      const changelog = squash(readFileSync(path, "utf8"));
      expect(changelog).toContain(`## ${version}`);
      for (const { releases, summary } of changesets) if (releases.has(name)) expect(changelog).toContain(squash(summary));
      // A package released for its dependencies says which.
      for (const dep of Object.keys(packages.get(name)?.before.dependencies ?? {})) {
        const depVersion = expected.get(dep);
        if (depVersion) expect(changelog).toContain(`${dep}@${depVersion}`);
      }
    }
  });

  it("deletes the changesets it consumed, and only them", () => {
    expect(changesets.filter(({ file }) => existsSync(file)).map(({ file }) => basename(file))).toEqual([]);
    expect(existsSync(join(copy, ".changeset/config.json"))).toBe(true);
    expect(existsSync(join(copy, ".changeset/README.md"))).toBe(true);
  });

  it("leaves the private packages alone", () => {
    for (const name of privatePackages) {
      const pkg = packages.get(name);
      expect(pkg, `${name} is a workspace package`).toBeDefined();
      expect(after(name).version, name).toBe(pkg?.before.version);
      expect(existsSync(join(pkg?.dir ?? "", "CHANGELOG.md")), `${name} got a CHANGELOG.md`).toBe(false);
    }
  });

  it("keeps every workspace range on a released package satisfied by its new version", () => {
    // Out of range, npm would stop linking the workspace package and fetch the old one instead.
    const broken: string[] = [];
    let checked = 0;
    for (const name of packages.keys()) {
      const manifest = after(name);
      for (const field of dependencyFields) {
        for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
          const version = expected.get(dep);
          if (!version) continue;
          checked++;
          if (!satisfies(version, range)) broken.push(`${name} ${field}: ${dep}@${range} misses ${version}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it("packs each released package at its new version", async () => {
    expect(expected.size).toBeGreaterThan(0);
    for (const [name, version] of expected) {
      const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], packages.get(name)?.dir ?? "");
      const [pack] = JSON.parse(stdout) as { name: string; version: string; files: { path: string }[] }[];
      expect(pack?.name).toBe(name);
      expect(pack?.version).toBe(version);
      const files = pack?.files.map((file) => file.path) ?? [];
      expect(files).toContain("package.json");
      // With its build copied in, the entry points the manifest names must be in the package.
      const manifest = after(name);
      const entries = [manifest.main, manifest.types, ...Object.values(manifest.bin ?? {})].filter((entry): entry is string => entry !== undefined);
      if (built.has(name)) expect(files, name).toEqual(expect.arrayContaining(entries.map((entry) => entry.replace(/^\.\//, ""))));
    }
  });

  it("touched nothing in the real repository", () => {
    expect(existsSync(join(repo, ".changeset/install-test-dry-run.md"))).toBe(false);
    for (const name of mustPublish) {
      const real = join(repo, relative(copy, packages.get(name)?.dir ?? copy), "package.json");
      expect(readJson<PackageJson>(real).version, real).toBe(packages.get(name)?.before.version);
    }
  });
});
