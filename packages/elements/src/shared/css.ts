import { type CSSResult, unsafeCSS } from "lit";

/**
 * Our stylesheets' tag, in place of Lit's `css`: Lit's checks at run time that nothing but a `css`
 * result is interpolated, with an error message that costs the CDN file about 130 bytes gzip; here
 * the types check it, and only our own constant sheets are ever interpolated. Unlike Lit's, it
 * keeps the raw text: write CSS escapes as in a stylesheet (`\201C`, not `\\201C`).
 */
export const css = (strings: TemplateStringsArray, ...values: CSSResult[]): CSSResult => unsafeCSS(String.raw(strings, ...values));
