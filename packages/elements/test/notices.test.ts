import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const cdn = new URL("../dist/cdn/", import.meta.url);
const notices = readFileSync(new URL("THIRD-PARTY-NOTICES.txt", cdn), "utf8");

// Minification drops the license comments; the notices file is where they travel instead.
describe("dist/cdn/THIRD-PARTY-NOTICES.txt", () => {
  it.each(["lit-html", "lit-element", "@lit/reactive-element"])("carries %s's BSD-3-Clause notice", (name) => {
    const section = notices.split(/^-{72}$/m).find((part) => part.trimStart().startsWith(`${name} `)) ?? "";
    expect(section).toMatch(/\(BSD-3-Clause\)/);
    expect(section).toMatch(/Copyright \(c\) \d{4}/);
    expect(section).toContain("Redistribution and use in source and binary forms");
  });

  it("carries zod's MIT notice", () => {
    const section = notices.split(/^-{72}$/m).find((part) => part.trimStart().startsWith("zod ")) ?? "";
    expect(section).toContain("(MIT)");
    expect(section).toContain("Permission is hereby granted");
  });

  it("names only packages the CDN files contain", () => {
    const bundle = readFileSync(new URL("diplo-brief-hydrate.js.map", cdn), "utf8");
    for (const [, name] of notices.matchAll(/^(\S+) \d+\.\d+\.\d+ \(/gm)) expect(bundle).toContain(`node_modules/${name}/`);
  });
});
