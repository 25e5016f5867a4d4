import * as z from "zod/mini";

// Zod compiles object parsers with `new Function` unless told not to, and probes for it when
// the first object schema is built. Pages with a strict Content-Security-Policy report that
// probe as a violation, so every schema module imports `z` from here, where jitless is set
// before any schema exists. The setting is global to the zod instance and documented.
z.config({ jitless: true });

export { z };
