// The little of semver the release dry run needs. The repo uses plain release versions and
// caret/tilde/exact ranges; anything else throws, so a new kind of range fails loudly here instead
// of being misjudged.

export type Bump = "major" | "minor" | "patch";

export const bumpOrder: readonly Bump[] = ["patch", "minor", "major"];

type Version = readonly [number, number, number];

export function parseVersion(version: string): Version {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`'${version}' is not a plain MAJOR.MINOR.PATCH version; extend test/support/semver.ts`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export function increment(version: string, bump: Bump): string {
  const [major, minor, patch] = parseVersion(version);
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Whether `version` is in `range`, for `^x.y.z`, `~x.y.z`, `x.y.z` and `*`. */
export function satisfies(version: string, range: string): boolean {
  if (range === "*") return true;
  const match = /^([~^]?)(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!match) throw new Error(`range '${range}' is not one test/support/semver.ts understands; extend it`);
  const [, operator, base = ""] = match;
  const [major, minor, patch] = parseVersion(base);
  if (operator === "") return compareVersions(version, base) === 0;
  let upper: string;
  if (operator === "~") upper = `${major}.${minor + 1}.0`;
  else if (major > 0) upper = `${major + 1}.0.0`;
  else if (minor > 0) upper = `0.${minor + 1}.0`;
  else upper = `0.0.${patch + 1}`;
  return compareVersions(version, base) >= 0 && compareVersions(version, upper) < 0;
}
