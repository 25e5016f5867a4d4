import { build } from "esbuild";
import { minifyTemplateLiterals } from "./scripts/minify-template-literals.mjs";
const r = await build({ entryPoints: [process.argv[2]], bundle: false, minify: true, format: "esm", write: false, platform: "browser", target: "es2022", logLevel: "error", plugins: [minifyTemplateLiterals] });
console.log(r.outputFiles[0].text);
