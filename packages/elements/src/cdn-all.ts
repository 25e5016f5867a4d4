// The single-file build with every element registered, plus the whole API: for pages that place
// the cards or the timeline on their own. diplo-brief.js is the smaller embed, <diplo-brief> alone.
import "./define.js";

export * from "./index.js";
