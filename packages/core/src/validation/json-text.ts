/**
 * JSON.parse's message without what it says about position, plus the line and column a reader can
 * jump to: `Expected ',' or '}' after property value (line 3, column 5)`. V8 gives an offset for
 * some errors and none for others (an unexpected token comes with a snippet of the text instead),
 * so the position is found by scanning the text when the message lacks it.
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const stated = /\bat position (\d+)/.exec(raw)?.[1];
  const offset =
    stated !== undefined ? Number(stated) : raw.startsWith("Unexpected end of JSON input") ? text.length : syntaxErrorOffset(text);
  const message = raw
    .replace(/ in JSON at position \d+.*$/s, "")
    // The snippet repeats the user's text, maybe with newlines; the line and column point at it.
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/\s+/g, " ");
  if (offset === undefined) return message;
  const { line, column } = lineAndColumn(text, offset);
  return `${message} (line ${line}, column ${column})`;
}

/** 1-based line and column of a UTF-16 offset; the column counts characters, not code units. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character to the reader and to every editor.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) i++;
    column++;
  }
  return { line, column };
}

const isWhitespace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

type State = "value" | "value-or-close" | "key" | "key-or-close" | "after-value";

/**
 * The offset of the first character that makes `text` invalid JSON (RFC 8259), or undefined if it
 * is valid. Iterative, with an explicit stack, so no nesting depth can overflow the call stack.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  const stack: ("{" | "[")[] = [];
  let i = 0;
  let state: State = "value";
  const skipWhitespace = (): void => {
    while (isWhitespace(text[i])) i++;
  };

  /** Consumes a string at `i`; returns the offset of an error in it, if any. */
  const scanString = (): number | undefined => {
    i++; // the opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return i;
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === "\\") {
        const escaped = text[i + 1];
        if (escaped === "u") {
          for (let k = 2; k < 6; k++) if (!isHex(text[i + k])) return i + k;
          i += 6;
        } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
          i += 2;
        } else {
          return i + 1;
        }
      } else if (ch.charCodeAt(0) < 0x20) {
        return i;
      } else {
        i++;
      }
    }
  };

  const scanDigits = (): boolean => {
    if (!isDigit(text[i])) return false;
    while (isDigit(text[i])) i++;
    return true;
  };

  const scanNumber = (): number | undefined => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!scanDigits()) return i;
    if (text[i] === ".") {
      i++;
      if (!scanDigits()) return i;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!scanDigits()) return i;
    }
    return undefined;
  };

  /** Consumes a value, or the bracket opening one; returns the state after it, or an error offset. */
  const scanValue = (): State | number => {
    const ch = text[i];
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      i++;
      return ch === "{" ? "key-or-close" : "value-or-close";
    }
    const error = ch === '"' ? scanString() : ch === "-" || isDigit(ch) ? scanNumber() : scanLiteral();
    return error ?? "after-value";
  };

  const scanLiteral = (): number | undefined => {
    const literal = ["true", "false", "null"].find((word) => word[0] === text[i]);
    if (literal === undefined) return i;
    for (let k = 0; k < literal.length; k++, i++) if (text[i] !== literal[k]) return i;
    return undefined;
  };

  for (;;) {
    skipWhitespace();
    const ch = text[i];
    switch (state) {
      case "value-or-close":
      case "key-or-close":
        if (ch === (state === "value-or-close" ? "]" : "}")) {
          stack.pop();
          i++;
          state = "after-value";
          continue;
        }
        state = state === "value-or-close" ? "value" : "key";
        continue;
      case "value": {
        const next = scanValue();
        if (typeof next === "number") return next;
        state = next;
        continue;
      }
      case "key": {
        if (ch !== '"') return i;
        const error = scanString();
        if (error !== undefined) return error;
        skipWhitespace();
        if (text[i] !== ":") return i;
        i++;
        state = "value";
        continue;
      }
      case "after-value": {
        const top = stack.at(-1);
        if (top === undefined) return ch === undefined ? undefined : i;
        if (ch === ",") {
          i++;
          state = top === "{" ? "key" : "value";
        } else if (ch === (top === "{" ? "}" : "]")) {
          stack.pop();
          i++;
        } else {
          return i;
        }
        continue;
      }
    }
  }
}
