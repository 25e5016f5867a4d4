// An esbuild plugin that squeezes layout whitespace out of Lit's `html` and `css` tagged
// templates. Bundlers minify code but leave template text alone, and with a 25 KB budget for
// the CDN file the indentation of our templates matters. Only the literal text between
// `${…}` is touched, found with the TypeScript parser rather than a regular expression.
import { readFile } from "node:fs/promises";
import ts from "typescript";

/** CSS: comments and layout whitespace go, and the spaces around punctuation. */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,>])\s*/g, "$1")
    .replace(/;}/g, "}");

/** HTML: a run of whitespace that holds a line break renders as one space, so it becomes one. */
const minifyHtml = (text) => text.replace(/\s*\n\s*/g, " ");

function minifySource(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === "html" || node.tag.text === "css")) {
      const minify = node.tag.text === "css" ? minifyCss : minifyHtml;
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The part's text sits between its delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        edits.push([start, end, minify(source.slice(start, end))]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export const minifyTemplateLiterals = {
  name: "minify-template-literals",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifySource(await readFile(args.path, "utf8"), args.path),
      loader: "ts",
    }));
  },
};
