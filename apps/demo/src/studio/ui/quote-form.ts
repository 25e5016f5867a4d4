import { type Quote, QuoteMode } from "@diplo-brief/core";
import { element, quoted } from "./dom.js";
import { checkboxes, entityOptions, type ItemForm, part, selectField, textField, wordsOf } from "./form-controls.js";

/** A quote's fields: speaker (one of the entities), mode, words, cue, event, issues; and its attribution, set from the article. */
export function quoteForm(form: ItemForm, quote: Quote): HTMLElement[] {
  const { brief } = form.studio;
  const events = brief.events.map((event): [string, string] => [event.id, event.title]);
  return [
    selectField(form, "speaker", "Speaker", quote.speaker, entityOptions(form), (speaker) => ({ speaker })),
    selectField(form, "mode", "Mode", quote.mode, QuoteMode.options.map((mode) => [mode, mode === "direct" ? "direct: the speaker's own words" : "indirect: reported speech"]), (mode) => ({ mode })),
    textField(form, "text", "Words", quote.text, (text) => ({ text }), { multiline: true, hint: "A direct quote's words are the article's, without the quotation marks." }),
    textField(form, "cue", "Cue", quote.cue, (cue) => ({ cue }), { hint: "The verb that attributes the words: said, tweeted, told." }),
    selectField(form, "event", "Said at", quote.event ?? "", [["", "(no event)"], ...events], (event) => ({ event: event || undefined })),
    checkboxes(form, "issues", "Issues it is about", quote.issues, brief.issues.map((issue) => [issue.id, issue.title]), (issues) => ({ issues })),
    attributionPart(quote),
  ];
}

/** Where the article attributes the words: shown as its words; set by selecting them in the article. */
function attributionPart(quote: Quote): HTMLElement {
  const { attribution } = quote;
  const list = element("dl", "studio-attribution");
  const row = (term: string, words: string | undefined): void => {
    list.append(element("dt", "", term), element("dd", "", words === undefined ? "(not marked)" : quoted(words)));
  };
  row("Source", attribution?.source?.map((span) => span.text).join(" … "));
  row("Cue", attribution?.cue?.text);
  row("Content", attribution?.content.map((span) => span.text).join(" … "));
  return part("Attribution", list, element("p", "hint", "To change one, select its words in the article, then “As its source”, “As its cue” or “As its content” below the article."));
}
