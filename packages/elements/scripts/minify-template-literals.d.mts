import type { Plugin } from "esbuild";
export declare const minifyTemplateLiterals: Plugin;
