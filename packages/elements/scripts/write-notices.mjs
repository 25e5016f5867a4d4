// Writes dist/cdn/THIRD-PARTY-NOTICES.txt: the CDN files bundle Lit and zod, whose licenses ask
// that their notices travel with copies, and minification strips the comments that carried them.
// The packages are read from the files' source maps, so the list follows what was bundled.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const cdn = new URL("../dist/cdn/", import.meta.url);

// Package folder by name, from the source paths (relative to each map) inside node_modules.
const bundled = new Map();
for (const file of readdirSync(cdn).filter((name) => name.endsWith(".js.map"))) {
  const { sources } = JSON.parse(readFileSync(new URL(file, cdn), "utf8"));
  for (const source of sources) {
    const path = fileURLToPath(new URL(source, new URL(file, cdn)));
    const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(path);
    if (match) bundled.set(match[2], match[1]);
  }
}
if (bundled.size === 0) {
  console.error("write-notices: no bundled packages found in dist/cdn/*.js.map; build first.");
  process.exit(1);
}

const sections = [...bundled].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
  if (!file) throw new Error(`write-notices: ${name} has no license file in ${dir}`);
  return `${name} ${version} (${license})\n\n${readFileSync(join(dir, file), "utf8").trim()}\n`;
});
writeFileSync(
  new URL("THIRD-PARTY-NOTICES.txt", cdn),
  `The files in this folder bundle the following packages.\n\n${sections.join(`\n${"-".repeat(72)}\n\n`)}`,
);
console.log(`write-notices: ${bundled.size} packages in dist/cdn/THIRD-PARTY-NOTICES.txt`);
