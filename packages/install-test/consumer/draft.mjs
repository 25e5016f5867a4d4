// Runs in the fresh project under plain Node: the drafter and its language model resolved from
// the installed tarballs, its draft checked by the installed core.
import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { draftBrief } from "@diplo-brief/draft";

const { brief } = draftBrief({ text: blinkenBeijing.article.text, headline: blinkenBeijing.article.headline, source: "Reuters" });
const parsed = safeParseBrief(brief);
process.stdout.write(
  JSON.stringify({
    problems: parsed.success ? [] : parsed.problems.map((p) => p.message),
    grounding: verifyBrief(brief).problems.map((p) => p.message),
    directQuotes: brief.quotes.filter((q) => q.mode === "direct").length,
    provenance: brief.provenance,
  }),
);
