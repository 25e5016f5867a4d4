// Writes the JSON files the package ships beside its code: the brief's JSON Schema, generated
// from the built library so it can never drift from `toJsonSchema()`, and the seed brief.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { toJsonSchema } from "../dist/index.js";

const dist = new URL("../dist/", import.meta.url);
writeFileSync(new URL("brief.schema.json", dist), `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
mkdirSync(new URL("articles/", dist), { recursive: true });
copyFileSync(
  new URL("../src/articles/blinken-beijing.brief.json", import.meta.url),
  new URL("articles/blinken-beijing.brief.json", dist),
);
