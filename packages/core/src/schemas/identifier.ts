import * as z from "zod/mini";
import { matches } from "./checks.js";

/**
 * An item id. Ids are unique across a brief and double as URL fragments and DOM ids in the
 * elements, so they stay within a conservative, case-sensitive alphabet.
 */
export const Identifier = z.string().check(
  matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, "must start with a letter or digit and use only letters, digits, '_', '.', ':' or '-' (at most 128)"),
);
export type Identifier = z.infer<typeof Identifier>;

/**
 * Human-readable text with something to read: empty strings, whitespace and invisible
 * characters alone (zero-width spaces, U+FEFF, soft hyphens) are never meaningful in a brief.
 */
export const Text = z
  .string()
  .check(matches(/[^\s\p{Default_Ignorable_Code_Point}]/u, "must not be empty, blank or invisible"));
export type Text = z.infer<typeof Text>;
