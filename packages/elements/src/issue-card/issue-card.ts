import type { Issue } from "@diplo-brief/core";
import type { TemplateResult } from "lit";
import type { CardContext } from "../shared/card-context.js";
import { cardStyles } from "../shared/card.styles.js";
import { DiploItemCard } from "../shared/item-card.js";
import { tokens } from "../shared/tokens.styles.js";
import { issueCardStyles } from "./issue-card.styles.js";
import { issueTemplate } from "./issue-template.js";

/**
 * @tag diplo-issue-card
 * @summary One issue of a brief: what is at stake, whether it divides or unites the parties, and
 * each party's position where the article gives one.
 *
 * @fires diplo-brief-load - When a valid brief is shown; `detail.brief`, `detail.source`.
 * @fires diplo-brief-error - When the brief is invalid or has no issue with `item-id`.
 * @fires diplo-evidence - After "show in article".
 *
 * @csspart base - The card.
 * @csspart title - The issue's title.
 * @csspart badge - The nature (dispute, cooperation, concern, with a mark drawn in CSS) and category badges.
 * @csspart unverified - The note shown when `verifyBrief` rejects the issue.
 * @csspart evidence-button - "Show in article" when an article is named, "Show source" otherwise.
 * @csspart evidence-source - The source sentences shown in place, the evidence marked.
 * @csspart error - The error panel shown instead of the card.
 *
 * @cssprop --diplo-color-dispute - Text colour of the "dispute" badge.
 * @cssprop --diplo-color-cooperation - Text colour of the "cooperation" badge.
 * @cssprop --diplo-color-concern - Text colour of the "concern" badge.
 */
export class DiploIssueCard extends DiploItemCard<"issues"> {
  static override styles = [tokens, cardStyles, issueCardStyles];

  protected readonly collection = "issues";
  protected readonly itemNoun = "issue";

  protected renderItem(issue: Issue, context: CardContext): TemplateResult {
    return issueTemplate(context, issue);
  }
}
