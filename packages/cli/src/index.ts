export { type RenderBriefOptions, renderBrief, scriptSafeJson } from "./render/render-brief.js";
export { defaultHydrateScript, type RenderPageOptions, renderPage, UnsafeScriptUrlError } from "./render/render-page.js";
