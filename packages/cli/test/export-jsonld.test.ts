import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const seed = fileURLToPath(new URL("../../core/src/articles/blinken-beijing.brief.json", import.meta.url));
const S = "https://schema.org/";

// No network here: schema.org's context is, for expansion, a vocabulary mapping terms onto its IRIs.
const documentLoader = async (url: string) => {
  if (!url.replace(/\/$/, "").endsWith("schema.org")) throw new Error(`unexpected context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { "@context": { "@vocab": S } } };
};

describe("diplo-brief export --format jsonld", () => {
  it("prints JSON-LD that a JSON-LD processor expands into schema.org statements", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "export", "--format", "jsonld", seed]);
    const expanded = (await jsonld.expand(JSON.parse(stdout), { documentLoader })) as Record<string, unknown>[];
    const ofType = (type: string) => expanded.filter((node) => (node["@type"] as string[] | undefined)?.includes(S + type));
    const [article] = ofType("NewsArticle");
    expect((article?.[`${S}headline`] as { "@value": string }[])[0]?.["@value"]).toBe(blinkenBeijing.article.headline);
    expect(ofType("Quotation")).toHaveLength(blinkenBeijing.quotes.filter((q) => q.mode === "direct").length);
    expect(ofType("Event")).toHaveLength(blinkenBeijing.events.length);
    // Every reference expands to an IRI of a node in the same graph.
    const ids = new Set<unknown>(expanded.map((node) => node["@id"]));
    const quotation = ofType("Quotation")[0] as Record<string, { "@id": string }[]>;
    expect(ids.has(quotation[`${S}spokenByCharacter`]?.[0]?.["@id"])).toBe(true);
  });
});
