// The CDN build for pages rendered on the server (diplo-brief render): Lit's hydration support
// must run before Lit itself, so it comes first and in the same file, sharing the one Lit copy.
// It registers every element. Pages without server-rendered briefs use the smaller diplo-brief.js.
import "@lit-labs/ssr-client/lit-element-hydrate-support.js";
import "./cdn-all.js";
