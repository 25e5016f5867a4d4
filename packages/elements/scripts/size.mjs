// Prints the CDN files' sizes, raw, gzip and brotli; with --check, fails over a budget: the embed
// file (diplo-brief.js) at most 25 KB gzip, and with the on-demand module it loads after an
// interaction, at most 40 KB. Run after the build: npm run size -w @diplo-brief/elements
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const budgets = JSON.parse(readFileSync(new URL("./budgets.json", import.meta.url), "utf8"));
const embedBudget = budgets.embed;
const totalBudget = budgets.embedWithOnDemand;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

function measure(name) {
  const file = new URL(`../dist/cdn/${name}`, import.meta.url);
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`No CDN build at ${file.pathname}: run npm run build -w @diplo-brief/elements first.`);
    process.exit(1);
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`dist/cdn/${name}: ${kb(source.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  return gzip;
}

const embed = measure("diplo-brief.js");
const onDemand = measure("diplo-brief-on-demand.js");
measure("diplo-brief-all.js");
measure("diplo-brief-hydrate.js");
console.log(`embed ${kb(embed)} gzip (budget ${kb(embedBudget)}); embed + on-demand ${kb(embed + onDemand)} gzip (budget ${kb(totalBudget)})`);
if (process.argv.includes("--check")) {
  if (embed > embedBudget) console.error(`The embed file is over budget by ${kb(embed - embedBudget)} gzip.`);
  if (embed + onDemand > totalBudget) console.error(`The embed file and the on-demand module are over budget by ${kb(embed + onDemand - totalBudget)} gzip.`);
  if (embed > embedBudget || embed + onDemand > totalBudget) process.exit(1);
}
