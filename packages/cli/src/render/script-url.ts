/** The rule for the hydrating script's URL, in words, for the error and the command's help. */
export const SCRIPT_URL_RULE = "https: or a same-origin path (relative, or starting with a single /)";

/** Thrown by `renderPage` for a script URL it will not put in a page: see {@link isSafeScriptUrl}. */
export class UnsafeScriptUrlError extends Error {
  override readonly name = "UnsafeScriptUrlError";
  constructor(readonly url: string) {
    super(`the script URL must be ${SCRIPT_URL_RULE}, got '${url}'`);
  }
}

/**
 * Whether a page may load its script from `url`: https: from anywhere, or a path on the page's own
 * origin. Browsers read `\` as `/`, drop tabs and line breaks inside a URL and trim spaces and
 * control characters around it, so any of those could turn a path into another host (`/\evil.example`,
 * ` //evil.example`) and none is allowed; `//host` is another host already.
 */
export function isSafeScriptUrl(url: string): boolean {
  if (url === "" || /[\p{Cc}\s\\]/u.test(url)) return false;
  if (url.startsWith("/")) return !url.startsWith("//");
  // A relative path has no scheme: a colon before any `/`, `?` or `#` would make `foo:` one.
  const scheme = /^([^/?#]*):/.exec(url)?.[1];
  if (scheme === undefined) return true;
  return scheme.toLowerCase() === "https" && URL.canParse(url) && new URL(url).host !== "";
}
