import * as z from "zod/mini";

// Zod compiles object parsers with `new Function` unless told not to, and probes for it when the
// first object schema is built; pages with a strict Content-Security-Policy report that probe as a
// violation. Every object schema is made through this module, so jitless is set before any
// exists, and bundlers cannot drop the setting while a schema is used. It is global to the zod
// instance the app shares with us, and documented.
z.config({ jitless: true });

/** An object schema that refuses unknown keys: a misspelt field is an error, never silently lost. */
export const strictObject = z.strictObject;
