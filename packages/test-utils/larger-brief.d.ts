import type { Brief } from "@diplo-brief/core";

/** A valid brief with every list `times` as long: copies get ids `<id>.<n>` and refer to the originals. */
export function largerBrief(brief: Brief, times: number): Brief;
