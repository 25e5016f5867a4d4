import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { packageDir, resolveFrom } from "./packages.js";

export interface Size {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface Sizes {
  readonly cdn: Size;
  readonly lit: Size;
  readonly visTimeline: Size;
}

/** The same settings as the elements' own size check: gzip level 9, brotli quality 11. */
export function sizeOf(source: Uint8Array): Size {
  return {
    raw: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The embed file: `<diplo-brief>` alone, the file whose size the bench reports. */
export const cdnFile = (): string => resolveFrom(import.meta.url, "@diplo-brief/elements/cdn/diplo-brief.js");
/** The CDN file with every element registered, `<diplo-timeline>` among them: the file the bench page runs. */
export const cdnAllFile = (): string => resolveFrom(import.meta.url, "@diplo-brief/elements/cdn/diplo-brief-all.js");
/** The module either CDN file loads from beside itself when first needed (verification, the names to choose, marks). */
export const onDemandFile = (): string => resolveFrom(import.meta.url, "@diplo-brief/elements/cdn/diplo-brief-on-demand.js");
export const visTimelineFile = (): string => resolveFrom(import.meta.url, "vis-timeline/standalone/umd/vis-timeline-graph2d.min.js");

/**
 * `contents` bundled as a page would ship it: minified as the CDN build is (esbuild, es2022, no
 * legal comments), imports resolved from `resolveDir`.
 */
export async function bundled(contents: string, resolveDir: string, what: string): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    platform: "browser",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no ${what} bundle`);
  return output.contents;
}

/**
 * Lit with only what any Lit element needs: the floor under any single-file Lit component.
 * Resolved from the elements package so it is the same Lit the CDN build bundles.
 */
export const litFloor = (): Promise<Uint8Array> =>
  bundled('export { LitElement, html, css } from "lit";', packageDir(import.meta.url, "@diplo-brief/elements"), "Lit");

export async function measureSizes(): Promise<Sizes> {
  return {
    cdn: sizeOf(readFileSync(cdnFile())),
    lit: sizeOf(await litFloor()),
    visTimeline: sizeOf(readFileSync(visTimelineFile())),
  };
}

