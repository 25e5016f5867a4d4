import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportModule, loadModel } from "../src/cli/draft/load-model.js";
import type { InputStream } from "../src/cli/io.js";
import { redactor } from "../src/cli/secrets.js";
import { runMain } from "./harness.js";

// What `draft --model` checks before it sends anything, in-process: the command line, the
// packages it loads and the key it needs; and the redaction of secrets from what it prints.

let dir = "";

const usage = (message: string): string => `diplo-brief draft: ${message}\nRun 'diplo-brief draft --help' for usage.\n`;

/** Standard input that fails the test if it is read: a bad command line is refused before. */
const neverRead: InputStream = {
  async *[Symbol.asyncIterator]() {
    throw new Error("stdin was read");
  },
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplo-brief-model-setup-"));
  await writeFile(join(dir, "article.txt"), "Talks in Geneva\n\nThe ministers met in Geneva on Monday, officials said.\n");
  await mkdir(join(dir, "articles"));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("draft --model, on the command line", () => {
  it("refuses a malformed --model, an unknown provider and options that need --model, exit 2, before reading", async () => {
    const cases: [readonly string[], string][] = [
      [["--model", "gpt-4.1-mini"], "--model must be provider:model-id, such as openai:gpt-4.1-mini or ollama:llama3.1, got 'gpt-4.1-mini'"],
      [["--model", "openai:"], "--model must be provider:model-id, such as openai:gpt-4.1-mini or ollama:llama3.1, got 'openai:'"],
      [["--model", ":gpt-4.1-mini"], "--model must be provider:model-id, such as openai:gpt-4.1-mini or ollama:llama3.1, got ':gpt-4.1-mini'"],
      [["--model", "openai:gpt 4"], "--model must be provider:model-id, such as openai:gpt-4.1-mini or ollama:llama3.1, got 'openai:gpt 4'"],
      [["--model", "opnai:gpt-4.1-mini"], "--model has an unknown provider 'opnai' (did you mean 'openai'?); known: openai, anthropic, ollama"],
      [["--model", "mistral:mistral-large"], "--model has an unknown provider 'mistral'; known: openai, anthropic, ollama"],
      [["--model", "constructor:x"], "--model has an unknown provider 'constructor'; known: openai, anthropic, ollama"],
      [["--timeout", "30"], "--timeout is for drafting with --model"],
      [["--retries", "1"], "--retries is for drafting with --model"],
      [["--model", "openai:gpt-4.1-mini", "--timeout", "0"], "--timeout must be a number of seconds above 0 and at most 86400 (a day), such as 60 or 2.5, got '0'"],
      [["--model", "openai:gpt-4.1-mini", "--timeout", "1e3"], "--timeout must be a number of seconds above 0 and at most 86400 (a day), such as 60 or 2.5, got '1e3'"],
      [["--model", "openai:gpt-4.1-mini", "--timeout", "90000"], "--timeout must be a number of seconds above 0 and at most 86400 (a day), such as 60 or 2.5, got '90000'"],
      [["--model", "openai:gpt-4.1-mini", "--retries", "11"], "--retries must be a whole number from 0 to 10, got '11'"],
      [["--model", "openai:gpt-4.1-mini", "--retries", "-1"], "option '--retries' needs a value; one that starts with '-' is written --retries=VALUE"],
      [["--model", "openai:gpt-4.1-mini", "--retries=-1"], "--retries must be a whole number from 0 to 10, got '-1'"],
    ];
    for (const [args, message] of cases) {
      expect(await runMain(dir, ["draft", "-", ...args], { stdin: neverRead }), args.join(" ")).toEqual({ code: 2, stdout: "", stderr: usage(message) });
    }
  });

  it("refuses --model and its options for an archive", async () => {
    for (const option of [["--model", "openai:gpt-4.1-mini"], ["--timeout", "30"], ["--retries", "2"]]) {
      const result = await runMain(dir, ["draft", "articles", "--out-dir", "out", ...option]);
      expect(result).toEqual({ code: 2, stdout: "", stderr: usage(`${option[0]} is for one article: an archive is drafted by the rules alone`) });
    }
  });

  it("documents --model, its providers and what each needs", async () => {
    const { stdout } = await runMain(dir, ["draft", "--help"]);
    for (const text of ["--model <provider:id>", "--timeout <seconds>", "--retries <n>", "not with --out-dir", "npm install ai@6 @ai-sdk/openai@3", "npm install ai@6 @ai-sdk/anthropic@3", "npm install ai@6 ollama-ai-provider-v2@3", "key: OPENAI_API_KEY", "key: ANTHROPIC_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"]) {
      expect(stdout).toContain(text);
    }
  });
});

describe("loadModel", () => {
  const openai = { provider: "openai", modelId: "gpt-4.1-mini" } as const;
  const env = { OPENAI_API_KEY: "sk-test-key-123456" };
  const notFound = (name: string, from = "/app/node_modules/@diplo-brief/cli/dist/x.js"): Error =>
    Object.assign(new Error(`Cannot find package '${name}' imported from ${from}`), { code: "ERR_MODULE_NOT_FOUND" });
  /** Imports as if only `installed` were installed, each module as given. */
  const only =
    (installed: Readonly<Record<string, unknown>>): ImportModule =>
    async (name) => {
      if (name in installed) return installed[name];
      throw notFound(name);
    };
  const made: unknown[] = [];
  const provider = { openai: (id: string) => (made.push(id), { provider: "openai.responses", modelId: id }) };

  it("makes the model with the provider's default instance", async () => {
    expect(await loadModel(openai, env, only({ ai: {}, "@ai-sdk/openai": provider }))).toEqual({ provider: "openai.responses", modelId: "gpt-4.1-mini" });
    expect(made).toEqual(["gpt-4.1-mini"]);
  });

  it("names the exact npm install for the AI SDK, the provider, or both", async () => {
    await expect(loadModel(openai, env, only({ "@ai-sdk/openai": provider }))).rejects.toThrow("--model openai needs ai, not installed: npm install ai@6");
    await expect(loadModel(openai, env, only({}))).rejects.toThrow("--model openai needs ai and @ai-sdk/openai, not installed: npm install ai@6 @ai-sdk/openai@3");
  });

  it("tells a package that is installed but broken from one that is missing", async () => {
    const broken: ImportModule = async (name) => {
      if (name === "ai") return {};
      throw notFound("zod", "/app/node_modules/@ai-sdk/openai/dist/index.mjs");
    };
    await expect(loadModel(openai, env, broken)).rejects.toThrow(
      "@ai-sdk/openai is installed but cannot be loaded: Cannot find package 'zod' imported from /app/node_modules/@ai-sdk/openai/dist/index.mjs",
    );
    await expect(loadModel(openai, env, only({ ai: {}, "@ai-sdk/openai": {} }))).rejects.toThrow("@ai-sdk/openai has no 'openai' export: install version 3, npm install @ai-sdk/openai@3");
  });

  it("needs no key for ollama", async () => {
    const ollama = { ollama: (id: string) => ({ provider: "ollama.responses", modelId: id }) };
    expect(await loadModel({ provider: "ollama", modelId: "llama3.1:8b" }, {}, only({ ai: {}, "ollama-ai-provider-v2": ollama }))).toEqual({ provider: "ollama.responses", modelId: "llama3.1:8b" });
  });
});

describe("redactor", () => {
  it("redacts every value of a *_KEY, *_TOKEN or *_SECRET variable, longest first", () => {
    const redact = redactor({
      OPENAI_API_KEY: "sk-live-0123456789",
      GITHUB_TOKEN: "ghp_abcdefghijkl",
      client_secret: "s3cr3t-value",
      LONGER_KEY: "sk-live-0123456789-and-more",
      DEBUG_TOKEN: "1",
      PATH: "/usr/local/bin:/usr/bin",
    });
    expect(redact("key sk-live-0123456789 and ghp_abcdefghijkl, s3cr3t-value; sk-live-0123456789-and-more; 1 /usr/bin")).toBe(
      "key [redacted OPENAI_API_KEY] and [redacted GITHUB_TOKEN], [redacted client_secret]; [redacted LONGER_KEY]; 1 /usr/bin",
    );
  });

  it("redacts what the command prints on stderr, in-process too", async () => {
    process.env.DIPLO_BRIEF_TEST_TOKEN = "missing-file-name-secret";
    try {
      const result = await runMain(dir, ["validate", "missing-file-name-secret.json"]);
      expect(result.stderr).toBe("[redacted DIPLO_BRIEF_TEST_TOKEN].json: no such file\n");
    } finally {
      delete process.env.DIPLO_BRIEF_TEST_TOKEN;
    }
  });
});
