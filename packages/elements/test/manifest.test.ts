import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; kind: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  summary?: string;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const committed = readFileSync(join(root, "custom-elements.json"), "utf8");
const manifest = JSON.parse(committed) as { modules: { declarations?: Declaration[] }[] };
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])),
);
const out = mkdtempSync(join(tmpdir(), "diplo-cem-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("custom-elements.json", () => {
  it("is what the analyzer makes of the source now (run npm run manifest when this fails)", () => {
    const cem = createRequire(import.meta.url).resolve("@custom-elements-manifest/analyzer/cem.js");
    // The analyzer joins --outdir onto the working directory, even an absolute one.
    execFileSync(process.execPath, [cem, "analyze", "--outdir", relative(root, out)], { cwd: root, stdio: "pipe" });
    expect(readFileSync(join(out, "custom-elements.json"), "utf8")).toBe(committed);
  });

  it("is named by package.json", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { customElements: string; files: string[] };
    expect(pkg.customElements).toBe("custom-elements.json");
    expect(pkg.files).toContain("custom-elements.json");
  });

  it("lists every element with a summary", () => {
    expect([...elements.keys()].sort()).toEqual(
      ["diplo-brief", "diplo-entity-card", "diplo-event-card", "diplo-issue-card", "diplo-quote-card", "diplo-timeline"].sort(),
    );
    for (const [tag, element] of elements) expect(element.summary, tag).toBeTruthy();
  });

  it("documents every event the elements declare", () => {
    const source = readFileSync(join(root, "src/shared/events.ts"), "utf8");
    const declared = [...source.matchAll(/"(diplo-[a-z-]+)": CustomEvent/g)].map((m) => m[1]);
    const documented = new Set(elements.get("diplo-brief")?.events?.map((e) => e.name));
    expect(declared.length).toBe(4);
    for (const name of declared) expect(documented.has(name as string), name).toBe(true);
  });

  it("documents every --diplo-* custom property the styles read", () => {
    const styles = ["src/shared/tokens.styles.ts", "src/evidence/host-article.ts"].map((f) => readFileSync(join(root, f), "utf8")).join("");
    const used = new Set([...styles.matchAll(/var\((--diplo-[a-z-]+)/g)].map((m) => m[1]));
    const documented = new Set(elements.get("diplo-brief")?.cssProperties?.map((p) => p.name));
    expect(used.size).toBeGreaterThan(15);
    expect([...used].filter((name) => !documented.has(name as string))).toEqual([]);
  });

  it("documents every part the templates expose", () => {
    for (const [tag, folder] of [
      ["diplo-brief", "brief/brief.ts"],
      ["diplo-quote-card", "quote-card/quote-card.ts"],
      ["diplo-entity-card", "entity-card/entity-card.ts"],
    ] as const) {
      const files = [folder, "shared/item-card.ts", "shared/diplo-element.ts"].map((f) => readFileSync(join(root, "src", f), "utf8")).join("");
      const own = [...files.matchAll(/\spart="([a-z-]+)"/g)].map((m) => m[1] as string);
      const documented = new Set(elements.get(tag)?.cssParts?.map((p) => p.name));
      const relevant = tag === "diplo-brief" ? own.filter((p) => !p.startsWith("evidence-")) : own.filter((p) => p !== "card");
      expect(relevant.filter((name) => !documented.has(name)), tag).toEqual([]);
    }
  });

  it("lists the attributes and their properties", () => {
    const brief = elements.get("diplo-brief");
    expect(brief?.attributes?.map((a) => a.name).sort()).toEqual(
      ["article", "heading-level", "label", "layout", "max-size", "sections", "selected", "src", "theme", "timeout"].sort(),
    );
    expect(brief?.members?.map((m) => m.name)).toEqual(expect.arrayContaining(["brief", "strings", "selected", "src"]));
    expect(elements.get("diplo-entity-card")?.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(["item-id", "selectable"]));
  });
});
