import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, parse } from "node:path";

/** Resolves `specifier` as Node would from the module at `from` (a file URL). */
export function resolveFrom(from: string, specifier: string): string {
  return createRequire(from).resolve(specifier);
}

/**
 * The directory of package `name` as seen from `from`. Found by walking up from its entry point,
 * since not every package exports its package.json.
 */
export function packageDir(from: string, name: string): string {
  let dir = dirname(resolveFrom(from, name));
  for (; dir !== parse(dir).root; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string };
      if (manifest.name === name) return dir;
    } catch {
      // no package.json at this level: keep walking up
    }
  }
  throw new Error(`no package.json named ${name} above its entry point`);
}

/** The installed version of `name` as seen from `from`, or "?" when it cannot be read. */
export function packageVersion(from: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(packageDir(from, name), "package.json"), "utf8")) as { version?: string };
    return manifest.version ?? "?";
  } catch {
    return "?";
  }
}
