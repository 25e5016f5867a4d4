// npm run eval: drafts every gold article with @diplo-brief/draft (as built: turbo builds it
// first), scores each draft against its gold brief and prints one markdown table with the
// targets, the seed's figures and the drafting speed; then grounds the recorded model answers and
// scores them beside the drafter, and replays them through draftBrief with a model (model and
// rules merged) to score what a user gets. Progress goes to stderr, so stdout is the
// report alone. EVAL_ROUNDS sets how many timed drafts of each article the speed is the median of.
import { draftBrief } from "@diplo-brief/draft";
import { draftInputOf, loadGoldSet, SEED_SLUG } from "./gold.js";
import { groundAnswers } from "./ground-answers.js";
import { loadModelAnswers } from "./model-answers.js";
import { renderModelAnswers } from "./model-report.js";
import { replayAnswers } from "./replay-answers.js";
import { renderReport } from "./report.js";
import { type ArticleScore, scoreArticle, totalScore } from "./score.js";
import { median, wordCount } from "./speed.js";

const log = (message: string): void => {
  process.stderr.write(`eval: ${message}\n`);
};

const rounds = Math.max(1, Number.parseInt(process.env.EVAL_ROUNDS ?? "5", 10) || 5);
const gold = loadGoldSet();
log(`${gold.length} gold articles`);

// The scored draft of each article is also the warm-up for the timings below.
const scores: ArticleScore[] = gold.map(({ slug, brief }) => {
  log(`drafting ${slug}`);
  const { brief: draft } = draftBrief(draftInputOf(brief));
  return scoreArticle(slug, draft, brief);
});

log(`timing: ${rounds} drafts of each article`);
const msPer1000Words = median(
  gold.map(({ brief }) => {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      draftBrief(draftInputOf(brief));
      times.push(performance.now() - start);
    }
    return (median(times) / wordCount(brief.article.text)) * 1000;
  }),
);

process.stdout.write(renderReport(scores, totalScore(scores), { seed: SEED_SLUG, msPer1000Words }));

const answers = loadModelAnswers();
log(`grounding ${answers.length} recorded model answers`);
if (answers.length > 0) {
  const grounded = groundAnswers(answers, gold);
  log(`replaying ${answers.length} recorded model answers through draftBrief`);
  process.stdout.write(`\n${renderModelAnswers(grounded, await replayAnswers(answers, gold), scores)}`);
}
