import type { OutputStream } from "./io.js";

/** Variables whose values are secrets by their name: API keys, access tokens, client secrets. */
const secretName = /_(?:KEY|TOKEN|SECRET)$/i;

/**
 * Shorter values are left alone: no real key is that short, and blotting out every `1` of a
 * `DEBUG_TOKEN=1` would make messages unreadable without protecting anything.
 */
const MIN_SECRET_LENGTH = 8;

/**
 * Replaces every value of a secret environment variable in `text` with `[redacted NAME]`. A
 * provider's error can echo what it was sent (`Incorrect API key provided: sk-…`), and an error
 * message must never hand a key to a terminal, a CI log or a bug report.
 */
export function redactor(env: NodeJS.ProcessEnv = process.env): (text: string) => string {
  const secrets = Object.entries(env)
    .filter((entry): entry is [string, string] => secretName.test(entry[0]) && (entry[1]?.length ?? 0) >= MIN_SECRET_LENGTH)
    // Longest first, so that a secret holding another is redacted whole.
    .sort(([, a], [, b]) => b.length - a.length);
  return (text) => secrets.reduce((redacted, [name, value]) => redacted.split(value).join(`[redacted ${name}]`), text);
}

/**
 * `stream` (stderr, where every message goes) with secrets redacted from all that is written.
 * Stdout is left as it is: it holds the product (a brief, whose article text is what it is).
 */
export function withoutSecrets(stream: OutputStream, env: NodeJS.ProcessEnv = process.env): OutputStream {
  const redact = redactor(env);
  return { isTTY: stream.isTTY === true, write: (chunk) => stream.write(redact(chunk)) };
}
