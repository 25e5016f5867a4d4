// Terser maps a few of the segments it writes (8 of about 12,000 here) to its own input, the
// esbuild output, which tsup then names by its absolute path on the build machine. That source
// exists nowhere a user could open it and leaks the builder's paths, so its segments are dropped.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { decode, encode } from "@jridgewell/sourcemap-codec";

const cdn = new URL("../dist/cdn/", import.meta.url);
for (const file of readdirSync(cdn).filter((name) => name.endsWith(".js.map"))) {
  const url = new URL(file, cdn);
  const map = JSON.parse(readFileSync(url, "utf8"));
  const keep = map.sources.map((source) => source !== null && !isAbsolute(source));
  if (keep.every(Boolean)) continue;
  const index = [];
  let next = 0;
  for (const kept of keep) index.push(kept ? next++ : -1);
  map.mappings = encode(
    decode(map.mappings).map((line) =>
      line.flatMap((segment) => {
        if (segment.length === 1) return [segment];
        const source = index[segment[1]];
        return source === -1 ? [] : [[segment[0], source, ...segment.slice(2)]];
      }),
    ),
  );
  map.sources = map.sources.filter((_, i) => keep[i]);
  if (map.sourcesContent) map.sourcesContent = map.sourcesContent.filter((_, i) => keep[i]);
  writeFileSync(url, JSON.stringify(map));
  console.log(`tidy-source-maps: ${file}: dropped ${keep.length - next} source(s) named by an absolute path`);
}
