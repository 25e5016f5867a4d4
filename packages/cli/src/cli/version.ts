import { createRequire } from "node:module";

/**
 * The version in this package's package.json, found from the running file by the package's own
 * name (its exports include ./package.json), so it is right from `dist/` and from `src/` alike and
 * never drifts from what was published.
 */
export function packageVersion(): string {
  const manifest: unknown = createRequire(import.meta.url)("@diplo-brief/cli/package.json");
  if (typeof manifest === "object" && manifest !== null && "version" in manifest && typeof manifest.version === "string") {
    return manifest.version;
  }
  throw new Error("package.json of @diplo-brief/cli has no version");
}
