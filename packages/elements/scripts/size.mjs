// Prints the CDN file's size, raw, gzip and brotli; with --check, fails over the budget.
// Run after the build: npm run size -w @diplo-brief/elements
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// 25 KB read strictly, in thousands of bytes.
const budget = 25_000;
const file = new URL("../dist/cdn/diplo-brief.js", import.meta.url);
let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`No CDN build at ${file.pathname}: run npm run build -w @diplo-brief/elements first.`);
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log(`dist/cdn/diplo-brief.js: ${kb(source.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(budget)} gzip)`);
if (process.argv.includes("--check") && gzip > budget) {
  console.error(`Over budget by ${kb(gzip - budget)} gzip.`);
  process.exit(1);
}
