// npm run bench: one markdown table of what diplo-brief costs (bytes, validation, rendering in
// headless Chromium beside vis-timeline, server rendering), medians over repeated runs after
// warm-up, each comparison measured side by side in the same run. `--quick` is for the test.
// Progress goes to stderr so stdout is the table alone.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import type { Brief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { type BriefCase, type CaseResult, type Measurement, measureInBrowser } from "./browser.js";
import { generateBrief } from "./generate-brief.js";
import { readOptions } from "./options.js";
import { packageVersion } from "./packages.js";
import { measureServerRender } from "./server-render.js";
import { measureSizes } from "./sizes.js";
import { median } from "./stats.js";
import { type Row, formatNumber, renderTable } from "./table.js";
import { measureValidation } from "./validation.js";
import { measureVerification, withLongArticle, withManyAliases } from "./verification.js";
import { drafterBundle, measureDrafting } from "./drafting.js";
import { ARTICLE_WORDS, EXCERPTS, locateWorkload } from "./locate-workload.js";
import { measureLocate } from "./locating.js";
import { loadGoldSet } from "@diplo-brief/eval/gold";

const options = readOptions(process.argv.slice(2), process.env);
const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};
const here = import.meta.url;
const version = (name: string): string => packageVersion(here, name);
const itemsOf = (brief: Brief): number => brief.entities.length + brief.issues.length + brief.quotes.length + brief.events.length;
const count = (n: number): string => n.toLocaleString("en");

// The elements' own budget, so the bench and the elements' size check never disagree.
const CDN_BUDGET = (JSON.parse(readFileSync(new URL("../../elements/scripts/budgets.json", import.meta.url), "utf8")) as { embed: number }).embed;
const FIRST_SCREEN_ITEMS = 10_000;
const FIRST_SCREEN_MS = 100;
const SELECTION_MS = 50;
const TIMELINE_EVENTS = 1_000;
const TIMELINE_RATIO = 0.5;
// The CLI refuses briefs over 20 MB; anything under it should verify in under this.
const VERIFY_MS = 2_000;
const DRAFT_MS_PER_1000_WORDS = 10;

log(options.quick ? "quick run (tiny sizes, for the test)" : "full run");

log("sizes");
const sizes = await measureSizes();

const seed = blinkenBeijing;
const seedLabel = `seed brief (${itemsOf(seed)} items)`;
const generated = (items: number): Brief => generateBrief({ items, seed: options.seed });

log(`validation: ${options.rounds} rounds of ${options.roundMs} ms`);
const validationBrief = generated(options.validationItems);
const validation = measureValidation(
  [
    { label: seedLabel, data: seed },
    { label: `generated brief of ${count(options.validationItems)} items`, data: validationBrief },
  ],
  options.rounds,
  options.roundMs,
);

log(`verification: ${options.verifyRuns} runs`);
const verification = measureVerification(
  [
    { label: seedLabel, brief: seed },
    { label: `generated brief of ${count(options.verifyItems)} items`, brief: generated(options.verifyItems) },
    { label: `seed with ${count(options.verifyAliases)} aliases`, brief: withManyAliases(seed, options.verifyAliases) },
    { label: "seed with a long article", brief: withLongArticle(seed, options.verifyArticleBytes) },
  ],
  options.verifyRuns,
);

log(`drafting: ${options.draftRuns} runs of each gold article`);
const gold = loadGoldSet();
const drafting = measureDrafting(
  gold.map(({ slug, brief }) => ({ label: slug, text: brief.article.text })),
  options.draftRuns,
);
const drafter = await drafterBundle();

log(`locate: ${options.locateRounds} rounds of ${options.locateRoundMs} ms per group of excerpts`);
const locateLoad = locateWorkload(gold, options.seed);
const locating = measureLocate(locateLoad, options.locateRounds, options.locateRoundMs);

const full: readonly Measurement[] = ["firstScreen", "selection", "ourTimeline", "visTimeline"];
const repeatsFor = (items: number): number => (items > options.cappedAbove ? Math.min(options.repeats, options.cappedRepeats) : options.repeats);
const eventsBrief = generated(options.timelineEvents * 4);
if (eventsBrief.events.length !== options.timelineEvents) throw new Error(`expected ${options.timelineEvents} events, got ${eventsBrief.events.length}`);
const renderBriefs = new Map(options.renderSizes.map((items) => [items, generated(items)]));
const cases: BriefCase[] = [
  { name: "seed", brief: seed, measure: full, repeats: options.repeats },
  ...[...renderBriefs].map(([items, brief]) => ({ name: `items-${items}`, brief, measure: full, repeats: repeatsFor(items) })),
  { name: `events-${options.timelineEvents}`, brief: eventsBrief, measure: ["ourTimeline", "visTimeline"] as const, repeats: repeatsFor(itemsOf(eventsBrief)) },
];
const firstSize = options.renderSizes[0];
log("rendering in headless Chromium");
const browser = await measureInBrowser(cases, {
  timeoutMs: options.timeoutMs,
  warmUp: ["seed", ...(firstSize === undefined ? [] : [`items-${firstSize}`])],
  log,
});

log(`server rendering: ${options.serverRuns} runs`);
const serverMs = await measureServerRender(seed, options.serverRuns);

const visName = `vis-timeline ${version("vis-timeline")} standalone`;
const litName = `Lit ${version("lit")} alone`;
const rows: Row[] = [
  {
    area: "size",
    measure: "CDN build diplo-brief.js, gzip -9",
    unit: "bytes",
    ours: sizes.cdn.gzip,
    baseline: { name: `${visName} min`, value: sizes.visTimeline.gzip },
    target: { text: `≤ ${count(CDN_BUDGET)} gzip`, met: sizes.cdn.gzip <= CDN_BUDGET },
  },
  { area: "size", measure: "CDN build diplo-brief.js, brotli q11", unit: "bytes", ours: sizes.cdn.brotli, baseline: { name: `${visName} min`, value: sizes.visTimeline.brotli } },
  { area: "size", measure: "CDN build beside the Lit floor¹, gzip -9", unit: "bytes", ours: sizes.cdn.gzip, baseline: { name: litName, value: sizes.lit.gzip } },
  { area: "size", measure: "CDN build beside the Lit floor¹, brotli q11", unit: "bytes", ours: sizes.cdn.brotli, baseline: { name: litName, value: sizes.lit.brotli } },
  ...validation.flatMap((v): Row[] => {
    const ajv = { name: `ajv ${version("ajv")} (Ajv2020, toJsonSchema())`, value: v.ajv };
    return [
      { area: "validation", measure: `safeParseBrief², ${v.label}`, unit: "ops/s", ours: v.ours, baseline: ajv },
      { area: "validation", measure: `Brief.safeParse², shape only, ${v.label}`, unit: "ops/s", ours: v.shape, baseline: ajv },
    ];
  }),
  {
    area: "drafting",
    measure: `draftBrief, ms per 1,000 words, median over ${drafting.articles} gold articles (${count(drafting.words)} words)`,
    unit: "ms",
    ours: drafting.msPer1000Words,
    target: { text: `≤ ${DRAFT_MS_PER_1000_WORDS}`, met: drafting.msPer1000Words <= DRAFT_MS_PER_1000_WORDS },
  },
  { area: "size", measure: "@diplo-brief/draft for browsers (esbuild, minified), gzip -9", unit: "bytes", ours: drafter.gzip },
  ...verification.map(
    (v): Row => ({
      area: "verification",
      measure: `verifyBrief, ${v.label} (${(v.bytes / 1e6).toFixed(1)} MB of JSON)`,
      unit: "ms",
      ours: v.ms,
      target: { text: `< ${count(VERIFY_MS)}`, met: v.ms < VERIFY_MS },
    }),
  ),
  {
    area: "grounding",
    measure: `locate⁷, ${count(locateLoad.excerpts.length)} excerpts in a row, a quarter absent, in a ${count(locateLoad.words)}-word article`,
    unit: "excerpts/s",
    ours: locating.all,
  },
  { area: "grounding", measure: `locate⁷, the ${count(locateLoad.excerpts.length - EXCERPTS.absent)} present excerpts alone`, unit: "excerpts/s", ours: locating.present },
  ...(Object.keys(EXCERPTS) as (keyof typeof EXCERPTS)[]).map(
    (kind): Row => ({ area: "grounding", measure: `locate⁷, the ${EXCERPTS[kind]} ${kind} excerpts alone`, unit: "excerpts/s", ours: locating.kinds[kind] }),
  ),
  { area: "grounding", measure: "locate⁷, first call on an article not read before (an absent excerpt)", unit: "ms", ours: locating.firstCallMs },
];

const result = (name: string): CaseResult => {
  const found = browser.cases.get(name);
  if (!found) throw new Error(`no browser result for ${name}`);
  return found;
};
/** The median of `kind`'s `ms`, or of one of its further figures. */
const figure = (name: string, kind: Measurement, extra?: string): { value: number; note?: string } => {
  const { samples, extra: extras, timedOut } = result(name);
  // A median of the repeats that finished would hide the one that did not.
  if (timedOut.has(kind)) return { value: Number.NaN, note: `> ${count(options.timeoutMs)} (timed out)` };
  return { value: median(extra ? (extras.get(`${kind}.${extra}`) ?? []) : samples[kind]) };
};
const renderCases = [
  { name: "seed", label: seedLabel, items: itemsOf(seed), events: seed.events.length },
  ...[...renderBriefs].map(([items, brief]) => ({ name: `items-${items}`, label: `generated, ${count(items)} items`, items, events: brief.events.length })),
];
const largest = renderCases.at(-1);

for (const c of renderCases) {
  const { value, note } = figure(c.name, "firstScreen");
  const target =
    c.items === FIRST_SCREEN_ITEMS
      ? { text: `≤ ${FIRST_SCREEN_MS} ms at ${count(FIRST_SCREEN_ITEMS)} items`, met: Number.isFinite(value) && value <= FIRST_SCREEN_MS }
      : c === largest && !options.renderSizes.includes(FIRST_SCREEN_ITEMS)
        ? { text: `≤ ${FIRST_SCREEN_MS} ms at ${count(FIRST_SCREEN_ITEMS)} items`, met: "not measured" as const }
        : undefined;
  rows.push({ area: "rendering", measure: `first screen³ \`<diplo-brief>\`, ${c.label}`, unit: "ms", ours: value, ...(note ? { oursNote: note } : {}), ...(target ? { target } : {}) });
}
for (const c of renderCases) {
  const { value, note } = figure(c.name, "firstScreen", "laidOutMs");
  rows.push({ area: "rendering", measure: `first screen³ + style & layout, ${c.label}`, unit: "ms", ours: value, ...(note ? { oursNote: note } : {}) });
}
for (const c of renderCases) {
  const { value, note } = figure(c.name, "firstScreen", "filledMs");
  rows.push({ area: "rendering", measure: `every item drawn⁶ and laid out, ${c.label}`, unit: "ms", ours: value, ...(note ? { oursNote: note } : {}) });
}
for (const c of renderCases) {
  const { value, note } = figure(c.name, "firstScreen", "longestTaskMs");
  rows.push({ area: "rendering", measure: `longest task⁶ until every item is drawn, ${c.label}`, unit: "ms", ours: value, ...(note ? { oursNote: note } : {}) });
}
for (const c of renderCases) {
  const { value, note } = figure(c.name, "selection");
  rows.push({
    area: "rendering",
    measure: `entity selection⁴, ${c.label}`,
    unit: "ms",
    ours: value,
    ...(note ? { oursNote: note } : {}),
    target: { text: `≤ ${SELECTION_MS} ms`, met: Number.isFinite(value) && value <= SELECTION_MS },
  });
}
for (const c of renderCases) {
  const { value, note } = figure(c.name, "selection", "laidOutMs");
  rows.push({ area: "rendering", measure: `entity selection⁴ + style & layout, ${c.label}`, unit: "ms", ours: value, ...(note ? { oursNote: note } : {}) });
}
const timelineCases = [
  ...renderCases.map((c) => ({ name: c.name, label: `${count(c.events)} events, ${c.label}` })),
  { name: `events-${options.timelineEvents}`, label: `${count(options.timelineEvents)} events, generated, ${count(itemsOf(eventsBrief))} items` },
];
for (const c of timelineCases) {
  const ours = figure(c.name, "ourTimeline");
  const theirs = figure(c.name, "visTimeline");
  const atTarget = c.name === `events-${options.timelineEvents}`;
  const ratio = ours.value / theirs.value;
  rows.push({
    area: "timeline",
    measure: `\`<diplo-timeline>\`⁵, ${c.label}`,
    unit: "ms",
    ours: ours.value,
    ...(ours.note ? { oursNote: ours.note } : {}),
    baseline: { name: `${visName}, to first changed⁵`, value: theirs.value },
    ...(atTarget
      ? {
          target: {
            text: `≤ ${TIMELINE_RATIO.toFixed(2)}× vis-timeline at ${count(TIMELINE_EVENTS)} events`,
            met: options.timelineEvents === TIMELINE_EVENTS ? Number.isFinite(ratio) && ratio <= TIMELINE_RATIO : ("not measured" as const),
          },
        }
      : {}),
  });
}
for (const c of timelineCases) {
  const ours = figure(c.name, "ourTimeline", "filledMs");
  const theirs = figure(c.name, "visTimeline");
  rows.push({
    area: "timeline",
    measure: `\`<diplo-timeline>\` until every event is drawn⁶, ${c.label}`,
    unit: "ms",
    ours: ours.value,
    ...(ours.note ? { oursNote: ours.note } : {}),
    baseline: { name: `${visName}, to first changed⁵`, value: theirs.value },
  });
}
rows.push({ area: "server", measure: `renderBrief(seed) from @diplo-brief/cli, ${seedLabel}`, unit: "ms", ours: serverMs });

const cpu = cpus();
const repeatsNote =
  options.renderSizes.some((items) => items > options.cappedAbove)
    ? `${options.repeats} repeats (${options.cappedRepeats} above ${count(options.cappedAbove)} items)`
    : `${options.repeats} repeats`;
console.log(
  `Machine: ${cpu[0]?.model.trim() ?? "unknown CPU"} × ${cpu.length}, Node ${process.version}, Chromium ${browser.chromiumVersion} (headless); ` +
    `@diplo-brief/elements ${version("@diplo-brief/elements")}, core ${version("@diplo-brief/core")}, cli ${version("@diplo-brief/cli")}, ` +
    `lit ${version("lit")}, zod ${version("zod")}, ajv ${version("ajv")}, vis-timeline ${version("vis-timeline")}, playwright ${version("playwright")}; ` +
    `${options.quick ? "--quick run" : "full run"}: medians of ${repeatsNote} after warm-up; validation ${options.rounds} rounds of ${options.roundMs} ms; seed ${options.seed}`,
);
console.log("");
console.log(renderTable(rows));
console.log("");
const undatedSeed = seed.events.filter((e) => !e.when?.date).length;
const undatedEvents = eventsBrief.events.filter((e) => !e.when?.date).length;
const notes = [
  `Ratio = diplo-brief ÷ baseline: for bytes and ms lower is better, for ops/s higher is better.`,
  `¹ The Lit floor is \`export { LitElement, html, css } from "lit"\` bundled and minified with esbuild (es2022) like the CDN build: what any single-file Lit element ships. The CDN build is ${count(sizes.cdn.raw)} bytes raw; vis-timeline's standalone build (${count(sizes.visTimeline.raw)} bytes raw) bundles vis-data, moment and its CSS.`,
  `² safeParseBrief checks the shape and what JSON Schema cannot (unique ids, references, evidence spans against the article); ajv checks the shape only, with the schema from toJsonSchema(); zod's \`Brief.safeParse\` alone is the same shape check inside safeParseBrief, so its row shows what the integrity checks cost.`,
  `³ From setting \`.brief\` (a fresh copy, so validation is included) on a connected \`<diplo-brief>\` until it has no update pending, the figure the target is set on. Every card is a template in the brief's one shadow root, so there is no nested element to wait for; updates the brief asks for on its own before the browser could paint are in the figure, such as drawing verifyBrief's verdicts, which the on-demand module (loaded during warm-up) returns in a microtask. Lists longer than a screenful (24 items) draw the first 24 items here and the rest in later tasks (⁶), so for a brief with a list that long this is the first screen, not the whole brief. "+ style & layout" rows go on until a forced synchronous layout (reading \`offsetHeight\`) returns, which is closer to what a reader waits for. Paint is in neither.`,
  `⁴ A click on the name of the entity with the most quotes, among the key players of a \`<diplo-brief>\` already showing (and laid out with) the whole brief, until the brief has no update pending; "+ style & layout" as in ³. The click sets \`.selected\` and announces \`diplo-select\`. The names are drawn only once the key players are opened, which a reader does before choosing: opening them, and drawing every name, comes before the timer. The whole lists stay drawn and are hidden; the related items are drawn apart, a screenful first.`,
  `⁵ Ours: a \`<diplo-timeline>\` alone, from setting \`.brief\` (validating and verifying the whole brief, as in ³) until it has no update pending, plus a forced layout: its first screen (24 events; the rest follow in later tasks, ⁶), where vis-timeline draws every event in its window at once. The page runs diplo-brief-all.js, which registers \`<diplo-timeline>\` beside \`<diplo-brief>\` from the same classes (the embed file diplo-brief.js, whose size is above, registers \`<diplo-brief>\` alone). vis-timeline: from \`new vis.Timeline(container, items, {})\` (default options, 960 px wide, each item's content the event's title, which it sanitises as HTML) until its first \`changed\` event after the constructor returns (it emits one inside the constructor too, before its items are added); it draws in an animation frame and measures its DOM before \`changed\`, and waiting for that frame took a median ${formatNumber(median(result(`events-${options.timelineEvents}`).extra.get("visTimeline.frameWaitMs") ?? []), "ms")} ms of its figure at ${count(options.timelineEvents)} events. vis-timeline needs a date on every item, so events without a date (${undatedSeed} of ${seed.events.length} in the seed brief, ${count(undatedEvents)} of ${count(eventsBrief.events.length)} in the ${count(options.timelineEvents)}-event brief) are given the article's order as consecutive days from its date; ours keeps them undated, in article order.`,
  `⁶ From setting \`.brief\` until no list is \`aria-busy\` any more, the element has no update pending and a forced layout has returned: the time until find in page and the end of the tab order reach the last card (issues, quotes and events; the key players are names drawn only once a reader opens them, ⁴). Cards off screen skip style, layout and paint (\`content-visibility: auto\`). The longest task is the longest the page's main thread ran without a break in that time, from the Long Tasks API (0 when none reached its 50 ms floor): how long a click or a key press could have waited.`,
  `⁷ \`locate(article, excerpt, { wholeWords: true })\` from @diplo-brief/core, as groundClaims calls it: every excerpt in a row on the same article string, which locate reads once for any number of calls (the last row is that first call; the others are medians of ${options.locateRounds} interleaved rounds of ${options.locateRoundMs} ms per group, the article already read). The article is the gold set's ${locateLoad.texts} openly licensed texts, whole and in order, repeated until it has at least ${count(ARTICLE_WORDS)} words (${count(locateLoad.words)}). The excerpts (\`packages/bench/src/locate-workload.ts\`, seed ${options.seed}, shuffled) are like a language model's evidence: ${EXCERPTS.exact} exact, whole sentences and phrases; ${EXCERPTS.typographic} typographic, sentences with other quotation marks, apostrophes, dashes or no-break spaces; ${EXCERPTS.fuzzy} fuzzy, sentences with a word changed or left out; ${EXCERPTS.absent} absent, sentences of the seed article (not in the article) or of the article with two words in three replaced.`,
  `Each browser measurement times out after ${count(options.timeoutMs)} ms. Generated briefs come from generateBrief (seed ${options.seed}); their text is synthetic, not news.`,
];
for (const note of notes) console.log(note);
if (browser.problems.length > 0) log(`page problems:\n${browser.problems.join("\n")}`);
