export { type RenderBriefOptions, renderBrief, scriptSafeJson } from "./render/render-brief.js";
export { defaultHydrateScript, type RenderPageOptions, renderPage } from "./render/render-page.js";
export { UnsafeScriptUrlError } from "./render/script-url.js";
