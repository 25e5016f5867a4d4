// Runs in the fresh project under plain Node: everything a server-side user would touch, resolved
// through the installed package's exports map (a wrong path there fails here, not in the monorepo).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION, safeParseBrief, verifyBrief, toJsonSchema } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";

const require = createRequire(import.meta.url);
// Two resolvers on purpose: ESM resolution (import.meta.resolve) and CommonJS (require.resolve)
// read the exports map separately, and a user may reach a JSON asset through either.
const briefJsonPath = fileURLToPath(import.meta.resolve("@diplo-brief/core/articles/blinken-beijing.brief.json"));
const schemaPath = require.resolve("@diplo-brief/core/brief.schema.json");

const fromJson = JSON.parse(readFileSync(briefJsonPath, "utf8"));
const schemaFile = JSON.parse(readFileSync(schemaPath, "utf8"));

function check(input) {
  const parsed = safeParseBrief(input);
  if (!parsed.success) return { success: false, problems: parsed.problems.map((p) => p.message) };
  const report = verifyBrief(parsed.data);
  return { success: true, groundingOk: report.ok, groundingProblems: report.problems.map((p) => p.message) };
}

process.stdout.write(
  JSON.stringify({
    module: check(blinkenBeijing),
    json: check(fromJson),
    // Through a JSON round trip so key order and undefined fields do not count, only content.
    jsonEqualsModule: isDeepStrictEqual(fromJson, JSON.parse(JSON.stringify(blinkenBeijing))),
    quotes: blinkenBeijing.quotes.length,
    seedVersion: blinkenBeijing.schemaVersion,
    schemaVersion: SCHEMA_VERSION,
    schemaId: toJsonSchema().$id,
    schemaFileId: schemaFile.$id,
    briefJsonPath,
    schemaPath,
  }),
);
