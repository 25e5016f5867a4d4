/** An article to draft a brief of. Only `text` is required. */
export interface DraftInput {
  /** The article's full text: every span of the draft points into it. */
  readonly text: string;
  readonly headline?: string;
  /** The publication date, `YYYY-MM-DD`: relative dates ("on Sunday") are resolved against it where the text allows. */
  readonly published?: string;
  /** Who published it, e.g. "Reuters". */
  readonly source?: string;
  readonly url?: string;
  /** A BCP 47 tag; only English (`en`, `en-GB`, …) is drafted in full. */
  readonly language?: string;
}

/** Thrown by {@link draftBrief} for an article with nothing to read: a brief needs text to point into. */
export class BlankArticleError extends Error {
  override readonly name = "BlankArticleError";
  constructor() {
    super("The article text is blank: there is nothing to draft a brief from.");
  }
}

/** Thrown by {@link draftBrief} for input the brief format cannot record: each problem names its field. */
export class DraftInputError extends Error {
  override readonly name = "DraftInputError";
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The article cannot be drafted: ${problems.join("; ")}`);
    this.problems = problems;
  }
}
