// The Custom Elements Manifest (custom-elements.json) is generated from the classes' JSDoc:
// npm run manifest. A test fails when the committed one is stale.

/** Internal reactive state (`state: true`) is neither attribute nor API, whatever the analyzer guesses. */
function tidy() {
  return {
    name: "tidy",
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer reads files in whatever order the file system lists them; sort, so the
      // manifest is the same on every machine and the staleness test can compare it.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const module of customElementsManifest.modules) {
        // define.ts registers in a loop, which the analyzer reads as a tag named "tag"; the
        // classes carry their real tag names in JSDoc (@tag).
        module.exports = module.exports?.filter((e) => e.kind !== "custom-element-definition" || e.name.includes("-"));
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === "private").map((m) => m.name));
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== "private");
        }
      }
    },
  };
}

export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/**/*.test.ts", "src/**/*.test.tsx", "src/testing/**", "src/react/**", "src/cdn.ts"],
  outdir: ".",
  litelement: true,
  // package.json names the manifest by hand; a run into another folder must not rewrite it.
  packagejson: false,
  plugins: [tidy()],
};
