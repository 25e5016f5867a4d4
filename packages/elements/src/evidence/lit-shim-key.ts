/** Where the main file leaves its Lit for the on-demand module's CDN build. */
export const sharedLit = Symbol.for("diplo-brief.lit");
