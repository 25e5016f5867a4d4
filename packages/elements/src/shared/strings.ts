/**
 * Every string the elements show, in English. Pass a partial replacement as the `strings`
 * property to translate or reword; `{name}`-style placeholders are filled in by the elements.
 */
export const defaultStrings = {
  briefLabel: "Brief: {headline}",
  loading: "Loading the brief…",
  provenanceDrafted: "Drafted by a program, not yet reviewed by a person.",
  sectionPlayers: "Key players",
  sectionIssues: "Issues",
  sectionQuotes: "Quotes",
  sectionTimeline: "Timeline",
  kindPerson: "People",
  kindCountry: "Countries",
  kindOrganization: "Organisations",
  kindPlace: "Places",
  kindGroup: "Groups",
  unnamed: "Unnamed source",
  alsoCalled: "Also called",
  moreAbout: "More about {name}",
  statusOccurred: "Happened",
  statusOngoing: "Under way",
  statusScheduled: "Scheduled",
  statusExpected: "Expected",
  statusPossible: "Possible",
  statusPostponed: "Postponed",
  statusCancelled: "Cancelled",
  natureDispute: "Dispute",
  natureCooperation: "Cooperation",
  natureConcern: "Concern",
  parties: "Parties",
  direct: "Quote",
  indirect: "Paraphrase",
  when: "When",
  where: "Where",
  who: "Who",
  noDate: "No date given",
  none: "Nothing here.",
  noneRelated: "Nothing here relates to {name}.",
  selectEntity: "Show what relates to {name}",
  filtered: "Showing what relates to {name}.",
  showAll: "Show everything",
  showInArticle: "Show in article",
  showSource: "Show source",
  hideSource: "Hide source",
  highlighted: "Highlighted in the article.",
  notInArticle: "Not in the article on this page; this is the source text.",
  errorTitle: "This brief could not be shown",
  errorInvalid: "The brief is not valid: {count} problem(s).",
  errorFetch: "The brief could not be fetched from {src}: {detail}",
  errorHttp: "The server answered {status} for {src}.",
  errorTimeout: "no answer within {seconds} seconds",
  errorTooLarge: "larger than {bytes} bytes",
  errorJson: "{src} is not valid JSON: {detail}",
  errorMissingItem: "There is no {kind} with id '{id}' in this brief.",
  errorEmpty: "No brief: set the brief property, a src attribute or inline JSON.",
  moreProblems: "… {count} more.",
} satisfies Record<string, string>;

export type DiploStrings = typeof defaultStrings;
export type DiploStringKey = keyof DiploStrings;

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanish. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
