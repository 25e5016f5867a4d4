// What only an interaction or an idle moment needs, in a module of its own: the CDN file loads it
// from beside itself when first needed, which keeps the first download small.
export { showInArticle } from "./host-article.js";
export { chipsTemplate, chosenTemplate, filterMessage, markChosen, unverifiedNote, interactionStyles, relatedTo, sourceTemplate } from "../brief/interactions.js";
export { rove } from "../shared/rove.js";
export { unverifiedItems } from "./unverified-items.js";
