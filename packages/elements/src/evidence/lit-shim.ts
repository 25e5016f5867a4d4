// Stands in for "lit" in the CDN build of the on-demand module: the Lit of the file that loaded
// it, so the page runs one Lit and templates from both files render alike. Only what the
// on-demand module uses is here; the build fails on anything else.
import type { html as litHtml, nothing as litNothing, unsafeCSS as litUnsafeCSS } from "lit";
import { sharedLit } from "./lit-shim-key.js";

const lit = (globalThis as Record<symbol, unknown>)[sharedLit] as { html: typeof litHtml; nothing: typeof litNothing; unsafeCSS: typeof litUnsafeCSS };

export const { html, nothing, unsafeCSS } = lit;
