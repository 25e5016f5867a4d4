// An esbuild plugin that squeezes layout whitespace out of Lit's `html` and `css` tagged
// templates. Bundlers minify code but leave template text alone, and with a 25 KB budget for
// the CDN file the indentation of our templates matters. Only the literal text between
// `${…}` is touched, found with the TypeScript parser rather than a regular expression.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import ts from "typescript";

let shortNames;

/**
 * Our private custom properties (`--_name`, the resolved tokens) are set and read only in our
 * own stylesheets, so each gets a short name, the same in every file: `--_0` for the most used.
 */
function privateNames() {
  if (shortNames) return shortNames;
  const src = new URL("../src/", import.meta.url);
  const counts = new Map();
  for (const file of readdirSync(src, { recursive: true })) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    for (const [name] of readFileSync(new URL(file, src), "utf8").matchAll(/--_[\w-]+/g)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const byUse = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  shortNames = new Map(byUse.map(([name], index) => [name, `--_${index.toString(36)}`]));
  return shortNames;
}

/**
 * CSS: comments and layout whitespace go, and the spaces around punctuation; then what a
 * stylesheet may write shorter and mean the same: `0.5em` as `.5em`, `#ffffff` as `#fff`, an
 * attribute value that is a name without its quotes, `calc(a / 2)` as `calc(a/2)`, and our private
 * custom properties by their short names.
 */
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    // A space before a colon can be a descendant combinator (`:host(…) :is(…)`): only the one after goes.
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .replace(/ !important/g, "!important")
    .replace(/(^|[^\w.-])0\.(\d)/g, "$1.$2")
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, "#$1$2$3")
    .replace(/(\[[\w-]+[~|^$*]?=)"([a-z_][\w-]*)"\]/gi, "$1$2]")
    .replace(/calc\((?:[^()]|\([^()]*\))*\)/g, (calc) => calc.replace(/ ?([*/]) ?/g, "$1"))
    .replace(/--_[\w-]+/g, (name) => privateNames().get(name) ?? name);

/**
 * HTML: a run of whitespace that holds a line break renders as one space, so it becomes one; and
 * inside a tag, between attributes, whitespace only separates, so none is left before its `>`.
 * `inTag` says whether the text starts inside a tag (after an attribute's `${…}`); the state at
 * its end is returned for the next part.
 */
function minifyHtml(text, inTag) {
  let out = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (inTag) {
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === ">") inTag = false;
      else if (/\s/.test(ch)) {
        while (/\s/.test(text[i + 1] ?? "")) i++;
        if (i + 1 < text.length && /[>/]/.test(text[i + 1])) continue;
      }
    } else if (ch === "<" && /[a-z/!]/i.test(text[i + 1] ?? "")) inTag = true;
    out += ch;
  }
  return { text: out.replace(/\s*\n\s*/g, " "), inTag };
}

function minifySource(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === "html" || node.tag.text === "css")) {
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      let inTag = false;
      parts.forEach((part, index) => {
        // The part's text sits between its delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(file) + 1;
        const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        let text = source.slice(start, end);
        if (node.tag.text === "html") ({ text, inTag } = minifyHtml(text, inTag));
        else {
          text = minifyCss(text);
          // A stylesheet's own first and last whitespace separate nothing.
          if (index === 0) text = text.trimStart();
          if (index === parts.length - 1) text = text.trimEnd();
        }
        edits.push([start, end, text]);
      });
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
