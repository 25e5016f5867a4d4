import { safeParseBrief, verifyBrief } from "@diplo-brief/core";
import { blinkenBeijing } from "@diplo-brief/core/articles";
import { draftBrief, ModelDraftError, PROMPT_VERSION } from "@diplo-brief/draft";
import { APICallError } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";

const { text, headline, published, source } = blinkenBeijing.article;
const input = { text, headline, published: published as string, source };

const answer = (body: string) => ({
  content: [{ type: "text" as const, text: body }],
  finishReason: { unified: "stop" as const, raw: "stop" },
  usage: {
    inputTokens: { total: 1200, noCache: 1200, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 300, text: 300, reasoning: undefined },
  },
  warnings: [],
});

/** A model that answers each request with the next of `bodies` (the last one again after that). */
const scripted = (...bodies: string[]) => {
  let call = 0;
  return new MockLanguageModelV3({ doGenerate: async () => answer(bodies[Math.min(call++, bodies.length - 1)] as string) });
};

const biden = {
  id: "joe-biden",
  kind: "person",
  name: "Joe Biden",
  aliases: ["Biden"],
  roles: [{ title: "President" }],
  evidence: [{ text: "President Joe Biden" }],
};
// Straight apostrophes where the article has curly ones: a typographic difference only.
const bidenQuote = {
  id: "biden-hoping",
  speaker: "joe-biden",
  mode: "direct",
  text: "I'm hoping that, over the next several months, I'll be meeting with Xi again",
  cue: "said",
  issues: [],
  evidence: [
    {
      text: "\"I'm hoping that, over the next several months, I'll be meeting with Xi again and talking about legitimate differences we have but also how there's areas we can get along,\" Biden said.",
    },
  ],
};
const claims = (quotes: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ entities: [biden], issues: [], quotes, events: [], ...extra });

const draftWith = (model: MockLanguageModelV3, options: Record<string, unknown> = {}) => draftBrief(input, { model, retryDelay: 1, ...options });

const expectGrounded = (brief: Parameters<typeof verifyBrief>[0]) => {
  expect(safeParseBrief(brief).problems).toBeUndefined();
  expect(verifyBrief(brief).problems).toEqual([]);
};

describe("draftBrief with a language model", () => {
  it("keeps a faithful extraction, in the article's own words, and says how it was made", async () => {
    const { brief, report } = await draftWith(scripted(claims([bidenQuote])));
    expectGrounded(brief);
    const quote = brief.quotes.find((q) => q.id === "biden-hoping");
    expect(quote?.text).toBe("I’m hoping that, over the next several months, I’ll be meeting with Xi again");
    expect(quote?.speaker).toBe("joe-biden");
    // The model gave no attribution spans; the rules read them where they found the same quote.
    expect(quote?.attribution?.cue?.text).toBe("said");
    expect(quote?.attribution?.source?.map((span) => span.text)).toEqual(["Biden"]);
    expect(brief.entities.find((e) => e.id === "joe-biden")?.name).toBe("Joe Biden");
    expect(report.model?.grounding.dropped).toEqual([]);
    expect(report.model?.grounding.matched).toEqual({ exact: 1, typographic: 1, fuzzy: 0 });
    expect(brief.provenance).toEqual({ method: "drafted", by: expect.stringMatching(/^@diplo-brief\/draft /), model: "mock-provider:mock-model-id", prompt: PROMPT_VERSION, reviewed: false });
    expect(report.model?.usage).toEqual({ inputTokens: 1200, outputTokens: 300, totalTokens: 1500 });
    // The rules found the same quote at the same place: it is there once, the model's.
    expect(brief.quotes.filter((q) => q.evidence.some((span) => span.text.includes("I’m hoping that")))).toHaveLength(1);
    expect(report.model?.merged.fromRules.quotes).toBeGreaterThan(0);
  });

  it("drafts a web page with a model too", async () => {
    const { draftFromHtml } = await import("@diplo-brief/draft/html");
    const paragraphs = text.split(/\n+/).map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("");
    const html = `<!doctype html><html lang="en"><head><title>${headline}</title></head><body><article>${paragraphs}</article></body></html>`;
    const { brief, report } = await draftFromHtml(html, { model: scripted(claims([bidenQuote])), retryDelay: 1 });
    expectGrounded(brief);
    expect(brief.provenance?.model).toBe("mock-provider:mock-model-id");
    expect(brief.quotes.map((q) => q.id)).toContain("biden-hoping");
    expect(report.model?.grounding.dropped).toEqual([]);
  });

  it("drops an invented quote", async () => {
    const invented = { ...bidenQuote, id: "invented", text: "We will sign a trade deal next week", evidence: [{ text: "We will sign a trade deal next week, Biden said." }] };
    const { brief, report } = await draftWith(scripted(claims([invented])));
    expectGrounded(brief);
    expect(brief.quotes.map((q) => q.id)).not.toContain("invented");
    expect(report.model?.grounding.dropped).toEqual([{ path: ["quotes", 0], id: "invented", code: "not-verbatim", reason: "'We will sign a trade deal next week' is not in the article" }]);
  });

  it("drops a quote with one word changed, and shows what the article says", async () => {
    const changed = { ...bidenQuote, id: "changed", text: "I'm hoping that, over the next few months, I'll be meeting with Xi again" };
    const { brief, report } = await draftWith(scripted(claims([changed])));
    expect(brief.quotes.map((q) => q.id)).not.toContain("changed");
    const [dropped] = report.model?.grounding.dropped ?? [];
    expect(dropped).toMatchObject({ path: ["quotes", 0], id: "changed", code: "not-verbatim" });
    expect(dropped?.reason).toContain("over the next several months");
    expect(report.model?.grounding.dropped).toHaveLength(1);
  });

  it("drops a paraphrase passed off as a direct quote, and keeps it as reported speech", async () => {
    const paraphrase = { ...bidenQuote, id: "paraphrase", text: "Biden hopes to meet Xi in the coming months" };
    const reported = { ...paraphrase, id: "reported", mode: "indirect" };
    const { brief, report } = await draftWith(scripted(claims([paraphrase, reported])));
    expectGrounded(brief);
    expect(brief.quotes.map((q) => q.id)).not.toContain("paraphrase");
    expect(brief.quotes.find((q) => q.id === "reported")?.mode).toBe("indirect");
    expect(report.model?.grounding.dropped.map((d) => [d.id, d.code])).toEqual([["paraphrase", "not-verbatim"]]);
  });

  it("drops evidence quoted from a different article, and the item left with none", async () => {
    const elsewhere = { id: "trade-war", title: "Trade war", summary: "Tariffs.", nature: "dispute", category: "trade", parties: [], evidence: [{ text: "The European Commission announced new tariffs on Chinese electric vehicles on Wednesday." }] };
    const { brief, report } = await draftWith(scripted(claims([], { issues: [elsewhere] })));
    expectGrounded(brief);
    expect(brief.issues.map((i) => i.id)).not.toContain("trade-war");
    expect(report.model?.grounding.dropped.map((d) => [d.path, d.code])).toEqual([
      [["issues", 0, "evidence", 0], "not-found"],
      [["issues", 0], "no-evidence"],
    ]);
  });

  it("drops a quote whose speaker is not among the entities, and removes a participant that is not", async () => {
    const ghost = { ...bidenQuote, id: "ghost", speaker: "kamala-harris" };
    const visit = { id: "visit", title: "Blinken visits Beijing", kind: "visit", status: "occurred", participants: ["joe-biden", "nobody"], issues: [], evidence: [{ text: "President Joe Biden" }] };
    const { brief, report } = await draftWith(scripted(claims([ghost], { events: [visit] })));
    expectGrounded(brief);
    expect(brief.quotes.map((q) => q.id)).not.toContain("ghost");
    expect(brief.events.find((e) => e.id === "visit")?.participants).toEqual(["joe-biden"]);
    expect(report.model?.grounding.dropped.map((d) => [d.path, d.code])).toEqual([
      [["events", 0, "participants", 1], "dangling-reference"],
      [["quotes", 0], "dangling-reference"],
    ]);
  });

  it("keeps the rule-based draft when the answer is not JSON", async () => {
    const { brief, report } = await draftWith(scripted("Here are the claims: {entities: [Biden"));
    expectGrounded(brief);
    expect(report.model?.failures).toEqual([{ chunk: 0, reason: expect.stringMatching(/^the model's answer is not JSON/) }]);
    expect(brief.quotes.length).toBe(draftBrief(input).brief.quotes.length);
    expect(report.model?.merged.fromModel).toEqual({ entities: 0, issues: 0, quotes: 0, events: 0 });
  });

  it("grounds an answer in a code fence that does not fit the schema, item by item", async () => {
    const { brief, report } = await draftWith(scripted(`\`\`\`json\n${claims([bidenQuote, { id: 7 }])}\n\`\`\``));
    expectGrounded(brief);
    expect(brief.quotes.map((q) => q.id)).toContain("biden-hoping");
    expect(report.model?.grounding.dropped.map((d) => [d.path, d.code])).toEqual([[["quotes", 1], "invalid"]]);
  });

  it("rejects with a timeout error when the model takes too long", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: ({ abortSignal }) => new Promise((_, reject) => abortSignal?.addEventListener("abort", () => reject(abortSignal.reason))),
    });
    const drafting = draftWith(model, { timeout: 50 });
    await expect(drafting).rejects.toBeInstanceOf(ModelDraftError);
    await expect(drafting).rejects.toMatchObject({ code: "timeout", message: "Drafting with mock-provider:mock-model-id took longer than 50 ms" });
  });

  it("rejects as aborted when the caller's signal aborts", async () => {
    const controller = new AbortController();
    const model = new MockLanguageModelV3({
      doGenerate: ({ abortSignal }) => {
        queueMicrotask(() => controller.abort());
        return new Promise((_, reject) => abortSignal?.addEventListener("abort", () => reject(abortSignal.reason)));
      },
    });
    await expect(draftWith(model, { signal: controller.signal })).rejects.toMatchObject({ name: "ModelDraftError", code: "aborted" });
  });

  /** A model whose provider answers each call with the next HTTP failure of `statuses`, then succeeds; and its call count. */
  const failing = (...statuses: number[]) => {
    const counter = { calls: 0 };
    const model = new MockLanguageModelV3({
      doGenerate: async () => {
        const status = statuses[counter.calls++];
        if (status === undefined) return answer(claims([bidenQuote]));
        throw new APICallError({ message: `HTTP ${status}`, url: "https://api.example/v1", requestBodyValues: {}, statusCode: status, responseHeaders: { "retry-after": "0" }, isRetryable: status !== 401 });
      },
    });
    return { model, counter };
  };

  it("retries after a 429 and succeeds, counting the retry", async () => {
    const { model, counter } = failing(429);
    const { brief, report } = await draftWith(model);
    expect(counter.calls).toBe(2);
    expect(report.model?.retries).toBe(1);
    expect(brief.quotes.map((q) => q.id)).toContain("biden-hoping");
  });

  it("waits as long as the server's Retry-After says, not its own backoff", async () => {
    // Retry-After is 0: with its own ten-minute backoff instead, the draft would outlast the test.
    const { model, counter } = failing(429);
    const { report } = await draftWith(model, { retryDelay: 600_000 });
    expect([counter.calls, report.model?.retries]).toEqual([2, 1]);
  });

  it("does not retry a refusal such as 401, and says what failed", async () => {
    const { model, counter } = failing(401, 401);
    await expect(draftWith(model)).rejects.toMatchObject({ code: "failed", message: "mock-provider:mock-model-id failed (HTTP 401): HTTP 401" });
    expect(counter.calls).toBe(1);
  });

  it("gives up after the retries it is allowed", async () => {
    const { model, counter } = failing(502, 503, 500, 500);
    await expect(draftWith(model, { retries: 2 })).rejects.toMatchObject({ code: "failed", message: expect.stringContaining("(HTTP 500)") });
    expect(counter.calls).toBe(3);
  });

  it("sends a long article in overlapping parts and merges what each part says", async () => {
    const prompts: string[] = [];
    const model = new MockLanguageModelV3({
      doGenerate: async ({ prompt }) => {
        const said = JSON.stringify(prompt);
        prompts.push(said);
        // Each part names Biden where it shows him; the part holding his quote gives it.
        return answer(claims(said.includes("I’m hoping that") ? [bidenQuote] : []));
      },
    });
    const { brief, report } = await draftWith(model, { chunkSize: 1500, chunkOverlap: 200 });
    expectGrounded(brief);
    expect(report.model?.chunks).toBe(prompts.length);
    expect(prompts.length).toBeGreaterThan(2);
    expect(prompts[0]).toContain(`part 1 of ${prompts.length}`);
    expect(brief.entities.filter((e) => e.name === "Joe Biden")).toHaveLength(1);
    expect(brief.quotes.filter((q) => q.id.startsWith("biden-hoping"))).toHaveLength(1);
    expect(report.model?.usage.totalTokens).toBe(1500 * prompts.length);
  });
});
