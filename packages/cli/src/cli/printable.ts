/**
 * What a terminal would act on rather than show: control characters (C0, DEL, C1), the line and
 * paragraph separators, and the bidirectional controls that reorder the text around them. A file
 * name or a brief's value holding `ESC[2K\r` could otherwise erase a line and print "valid" over it.
 */
const unprintable = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;

const shortEscapes: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

const hex = (ch: string, digits: number): string => (ch.codePointAt(0) ?? 0).toString(16).padStart(digits, "0");

/**
 * `value` (a path, an argument, a brief's value or a message quoting one) as it can be printed in
 * text output: every unprintable character written as an escape, `\x1b`, `\r`, `\u202e`.
 * Backslashes are left alone, so Windows paths read as typed.
 */
export function printable(value: string): string {
  return value.replace(unprintable, (ch) => shortEscapes[ch] ?? (ch <= "\xff" ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`));
}

/**
 * JSON text with the same characters escaped as `\u…`: the same JSON to a parser, inert on a
 * terminal. `JSON.stringify` already escapes C0 inside strings, so a C0 character left in its
 * output is the layout's own whitespace and stays.
 */
export function printableJson(json: string): string {
  return json.replace(unprintable, (ch) => (ch < " " ? ch : `\\u${hex(ch, 4)}`));
}
