import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Brief, safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { type DraftReport, PROMPT_VERSION } from "@diplo-brief/draft";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Answer, type FakeOpenAi, startFakeOpenAi } from "./fake-openai.js";
import { finished, goldDir, packageDir, type Result, requireBuild, run, start } from "./harness.js";

// `diplo-brief draft --model openai:…` as users run it: the built command in a real process, with
// the real @ai-sdk/openai sending real HTTP requests, to a fake OpenAI on localhost that
// OPENAI_BASE_URL points it at. The article is Wikinews' (CC BY 2.5, see packages/eval/gold/SOURCES.md).

/** Recognizable, so that a test can tell it never reaches stdout or stderr. */
const FAKE_KEY = "sk-diplo-brief-test-3f9a7c1e5b2d4086aa";
const MODEL = "openai:gpt-4.1-mini";

let dir = "";
let korea = "";
let server: FakeOpenAi | undefined;

/** Sentences of the article, copied exactly, as a faithful model copies its evidence. */
const ALERT =
  "According to Yonhap news agency, quoting North Korea's main news agency Korean Central News Agency (KCNA), the country's military has been placed on high alert and has been told to prepare a \"quasi-state of war\".";
const COMMANDERS_WORDS =
  "Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions";
const COMMANDERS = `"${COMMANDERS_WORDS}", added KCNA.`;
const EVACUATION = "No injuries or deaths were reported in the attacks from either side, but South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell landed near the area.";

const kcna = { id: "kcna", kind: "organization", name: "Korean Central News Agency", aliases: ["KCNA"], roles: [], evidence: [{ text: ALERT }] };
const southKorea = { id: "south-korea", kind: "country", name: "South Korea", aliases: [], roles: [], evidence: [{ text: EVACUATION }] };
const yeoncheon = { id: "yeoncheon", kind: "place", name: "Yeoncheon", aliases: [], roles: [], evidence: [{ text: EVACUATION }] };
const commanders = { id: "kcna-commanders", speaker: "kcna", mode: "direct", text: COMMANDERS_WORDS, cue: "added", issues: [], evidence: [{ text: COMMANDERS }] };
const evacuation = {
  id: "yeoncheon-evacuation",
  title: "South Korea evacuates about 80 people from Yeoncheon",
  kind: "incident",
  status: "occurred",
  place: "yeoncheon",
  participants: ["south-korea"],
  issues: [],
  evidence: [{ text: EVACUATION }],
};
const invented = {
  id: "kcna-invented",
  speaker: "kcna",
  mode: "direct",
  text: "We will sign a peace treaty with the South next week",
  cue: "said",
  issues: [],
  evidence: [{ text: "\"We will sign a peace treaty with the South next week\", said KCNA." }],
};

const claims = (quotes: readonly unknown[]) => ({ entities: [kcna, southKorea, yeoncheon], issues: [], quotes, events: [evacuation] });
const faithful: Answer = { claims: claims([commanders]) };

const env = (overrides: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv => {
  const base: NodeJS.ProcessEnv = { ...process.env, OPENAI_API_KEY: FAKE_KEY, ...overrides };
  // Only the fake server is ever asked: a base URL missing from `overrides` would be OpenAI's own.
  if (base.OPENAI_BASE_URL === undefined) throw new Error("set OPENAI_BASE_URL: no test may reach the network");
  return base;
};

/** Starts the fake server with `answers` and runs the command against it; the key is never in the output. */
async function draft(answers: readonly Answer[], args: readonly string[]): Promise<Result> {
  server = await startFakeOpenAi(answers);
  const result = await run(dir, ["draft", "korea.txt", "--model", "openai:gpt-4.1-mini", ...args], undefined, { env: env({ OPENAI_BASE_URL: server.baseUrl }) });
  expectNoKey(result);
  return result;
}

const expectNoKey = (result: Pick<Result, "stdout" | "stderr">): void => {
  expect(result.stdout).not.toContain(FAKE_KEY);
  expect(result.stderr).not.toContain(FAKE_KEY);
};

const stderrLines = (result: Result): string[] => result.stderr.trimEnd().split("\n");

const usage = (message: string): string => `diplo-brief draft: ${message}\nRun 'diplo-brief draft --help' for usage.\n`;

beforeAll(async () => {
  requireBuild();
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-model-"));
  korea = await readFile(join(goldDir, "north-korea-quasi-state-of-war.txt"), "utf8");
  await writeFile(join(dir, "korea.txt"), korea);
  // Every quoted sentence above is the article's own: a typo here would test nothing.
  for (const sentence of [ALERT, COMMANDERS, EVACUATION]) expect(korea).toContain(sentence);
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("draft --model openai:…", () => {
  it("drafts with the model: a faithful extraction is kept, the brief on stdout valid and grounded, the report on stderr", async () => {
    const result = await draft([faithful], ["--report", "report.json"]);
    expect(result.code).toBe(0);

    const brief = JSON.parse(result.stdout) as Brief;
    expect(safeParseBrief(brief).problems).toBeUndefined();
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.article.text).toBe(korea);
    expect(brief.provenance).toMatchObject({ method: "drafted", model: MODEL, prompt: PROMPT_VERSION, reviewed: false });
    const quote = brief.quotes.find((q) => q.id === "kcna-commanders");
    expect(quote).toMatchObject({ speaker: "kcna", mode: "direct", text: COMMANDERS_WORDS });
    expect(brief.events.find((e) => e.id === "yeoncheon-evacuation")).toMatchObject({ place: "yeoncheon", participants: ["south-korea"] });

    // One request, as @ai-sdk/openai sends it: the key from the environment, the article in the prompt, structured output.
    const [request] = server?.requests ?? [];
    expect(server?.requests).toHaveLength(1);
    expect(request).toMatchObject({ method: "POST", url: "/v1/responses", headers: { authorization: `Bearer ${FAKE_KEY}` } });
    expect(request?.body).toMatchObject({ model: "gpt-4.1-mini", text: { format: { type: "json_schema", name: "brief_claims" } } });
    expect(JSON.stringify(request?.body)).toContain(JSON.stringify(korea.slice(0, 200)).slice(1, -1));

    const { model } = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as DraftReport;
    if (model === undefined) throw new Error("the report has no model part");
    expect(model).toMatchObject({ id: MODEL, prompt: PROMPT_VERSION, chunks: 1, retries: 0, usage: { inputTokens: 1200, outputTokens: 300, totalTokens: 1500 } });
    expect(model.grounding.dropped).toEqual([]);
    expect(model.grounding.kept).toEqual({ entities: 3, issues: 0, quotes: 1, events: 1 });
    const { matched, mended } = model.grounding;
    expect(matched.exact + matched.typographic + matched.fuzzy).toBeGreaterThan(0);
    const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(stderrLines(result)).toEqual([
      `korea.txt: model ${MODEL}, prompt ${PROMPT_VERSION}: 1 part, 1,500 tokens (1,200 in, 300 out), 0 retries`,
      `korea.txt: kept 5 of 5 items claimed (3 of 3 entities, 0 of 0 issues, 1 of 1 quote, 1 of 1 event); spans matched ${matched.exact} exact, ${matched.typographic} typographic, ${matched.fuzzy} fuzzy, ${mended} mended; in the brief ${sum(model.merged.fromModel)} items from the model, ${sum(model.merged.fromRules)} from the rules`,
      expect.stringMatching(/^korea\.txt: drafted \d+ entities, .*; wrote report\.json$/),
    ]);
  });

  it("drops an invented quote and says which, why and where", async () => {
    const result = await draft([{ claims: claims([commanders, invented]) }], []);
    expect(result.code).toBe(0);
    const brief = JSON.parse(result.stdout) as Brief;
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.quotes.map((q) => q.id)).toContain("kcna-commanders");
    expect(brief.quotes.map((q) => q.id)).not.toContain("kcna-invented");
    expect(result.stdout).not.toContain("peace treaty");
    const lines = stderrLines(result);
    expect(lines[1]).toMatch(/^korea\.txt: kept 5 of 6 items claimed \(3 of 3 entities, 0 of 0 issues, 1 of 2 quotes, 1 of 1 event\); /);
    expect(lines[2]).toBe("korea.txt: dropped quotes[1] (kcna-invented): not-verbatim: 'We will sign a peace treaty with the South next week' is not in the article");
    expect(lines).toHaveLength(4);
  });

  it("keeps the rules' draft when the model's answer is not JSON, and says so", async () => {
    const result = await draft([{ claims: "Here are the claims: {entities: [KCNA" }], []);
    expect(result.code).toBe(0);
    expect(verifyBrief(JSON.parse(result.stdout) as Brief).problems).toEqual([]);
    const lines = stderrLines(result);
    expect(lines[1]).toMatch(/^korea\.txt: kept 0 of 0 items claimed .*; in the brief 0 items from the model, \d+ from the rules$/);
    expect(lines[2]).toMatch(/^korea\.txt: part 1 of 1 not used: the model's answer is not JSON \(.+\)$/);
    expect(lines).toHaveLength(4);
  });

  it("drafts the article of a web page with the model, and keeps what the page said", async () => {
    const [headline = "", ...paragraphs] = korea.trimEnd().split("\n\n");
    const escape = (text: string): string => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
    await writeFile(join(dir, "korea.html"), `<!doctype html><html lang="en"><head><title>${escape(headline)}</title></head><body><nav><a href="/">Home</a></nav><article>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("")}</article></body></html>`);
    server = await startFakeOpenAi([faithful]);
    const result = await run(dir, ["draft", "korea.html", "--model", "openai:gpt-4.1-mini"], undefined, { env: env({ OPENAI_BASE_URL: server.baseUrl }) });
    expectNoKey(result);
    expect(result.code).toBe(0);
    const brief = JSON.parse(result.stdout) as Brief;
    expect(verifyBrief(brief).problems).toEqual([]);
    expect(brief.article).toMatchObject({ headline, text: paragraphs.join("\n\n") });
    expect(brief.quotes.find((q) => q.id === "kcna-commanders")?.text).toBe(COMMANDERS_WORDS);
    expect(JSON.stringify(server.requests[0]?.body)).toContain("Headline: North Korea puts military");
    expect(stderrLines(result).at(-1)).toMatch(/^korea\.html: drafted .*; from the page: title, language en$/);
  });

  it("tries again after a 429, when the server says, and counts the retry", async () => {
    const rateLimited: Answer = { status: 429, message: () => "Rate limit reached for gpt-4.1-mini", headers: { "retry-after": "0" } };
    const result = await draft([rateLimited, faithful], []);
    expect(result.code).toBe(0);
    expect(server?.requests).toHaveLength(2);
    expect(stderrLines(result)[0]).toBe(`korea.txt: model ${MODEL}, prompt ${PROMPT_VERSION}: 1 part, 1,500 tokens (1,200 in, 300 out), 1 retry`);
    expect((JSON.parse(result.stdout) as Brief).quotes.map((q) => q.id)).toContain("kcna-commanders");
  });

  it("gives up after --retries, and says what the provider said", async () => {
    const busy: Answer = { status: 503, message: () => "The server is overloaded", headers: { "retry-after": "0" } };
    const result = await draft([busy], ["--retries", "1"]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `korea.txt: ${MODEL} failed (HTTP 503): The server is overloaded\n` });
    expect(server?.requests).toHaveLength(2);
  });

  it("fails on a 401 in one line that does not hold the key the provider echoed", async () => {
    const refused: Answer = { status: 401, message: (request) => `Incorrect API key provided: ${String(request.headers.authorization).replace(/^Bearer /, "")}.` };
    const result = await draft([refused], []);
    // The server did echo it: the command redacted it.
    expect(server?.requests[0]?.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `korea.txt: ${MODEL} failed (HTTP 401): Incorrect API key provided: [redacted OPENAI_API_KEY].\n` });
    expect(server?.requests).toHaveLength(1);
  });

  it("stops at --timeout, and the request is abandoned", async () => {
    const result = await draft([{ silence: true }], ["--timeout", "2", "-o", "brief.json"]);
    expect(result).toEqual({ code: 1, stdout: "", stderr: `korea.txt: Drafting with ${MODEL} took longer than 2000 ms\n` });
    // The rules draft first, within the same time: the request may not have been sent. If it was, it was given up.
    await Promise.all(server?.requests.map((request) => request.abandoned) ?? []);
    expect((await readdir(dir)).filter((name) => name.startsWith("brief.json") || name.endsWith(".tmp"))).toEqual([]);
  });

  it("stops the request on Ctrl-C, says so, removes its temporary file and dies of the signal", async () => {
    server = await startFakeOpenAi([{ silence: true }]);
    const child = start(dir, ["draft", "korea.txt", "--model", "openai:gpt-4.1-mini", "-o", "interrupted.json"], { env: env({ OPENAI_BASE_URL: server.baseUrl }) });
    child.stdin?.end();
    const ended = finished(child);
    const endedEarly = ended.then((result) => Promise.reject(new Error(`the command ended before its request: ${result.stderr}`)));
    const request = await Promise.race([server.received(1), endedEarly]);
    child.kill("SIGINT");
    const result = await ended;
    expectNoKey(result);
    expect(result).toMatchObject({ code: null, signal: "SIGINT", stdout: "", stderr: "korea.txt: interrupted by SIGINT: the request to the model was stopped\n" });
    await request.abandoned;
    expect((await readdir(dir)).filter((name) => name.includes("interrupted"))).toEqual([]);
  });
});

describe("draft --model, before anything is sent", () => {
  const noServer = { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };

  it("names the npm install that adds a provider package that is not installed", async () => {
    // The tests' premise: of the providers, only @ai-sdk/openai is installed here.
    const resolve = createRequire(join(packageDir, "package.json")).resolve;
    for (const name of ["@ai-sdk/anthropic", "ollama-ai-provider-v2"]) expect(() => resolve(name), `${name} is installed`).toThrow();

    const anthropic = await run(dir, ["draft", "korea.txt", "--model", "anthropic:claude-sonnet-4-5"], undefined, { env: env({ ...noServer, ANTHROPIC_API_KEY: FAKE_KEY }) });
    expect(anthropic).toEqual({ code: 2, stdout: "", stderr: usage("--model anthropic needs @ai-sdk/anthropic, not installed: npm install @ai-sdk/anthropic@3") });
    const ollama = await run(dir, ["draft", "-", "--model", "ollama:llama3.1:8b"], korea, { env: env(noServer) });
    expect(ollama).toEqual({ code: 2, stdout: "", stderr: usage("--model ollama needs ollama-ai-provider-v2, not installed: npm install ollama-ai-provider-v2@3") });
  });

  it("names the variable of a key that is not set, or empty", async () => {
    const unset = await run(dir, ["draft", "korea.txt", "--model", "openai:gpt-4.1-mini"], undefined, { env: env({ ...noServer, OPENAI_API_KEY: undefined }) });
    expect(unset).toEqual({ code: 2, stdout: "", stderr: usage("--model openai needs an API key in the environment: OPENAI_API_KEY is not set") });
    const empty = await run(dir, ["draft", "korea.txt", "--model", "openai:gpt-4.1-mini"], undefined, { env: env({ ...noServer, OPENAI_API_KEY: " " }) });
    expect(empty.stderr).toBe(usage("--model openai needs an API key in the environment: OPENAI_API_KEY is empty"));
  });
});
