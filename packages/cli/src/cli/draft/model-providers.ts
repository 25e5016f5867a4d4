/** An npm package `draft --model` loads only when it is given, and its major version that goes with ai v6. */
export interface ModelPackage {
  readonly name: string;
  readonly major: number;
}

/** A provider of language models, as `--model provider:model-id` names it. */
export interface ModelProvider {
  readonly package: ModelPackage;
  /** The package's export that makes a model from its id: `openai("gpt-4.1-mini")`. */
  readonly factory: string;
  /** The environment variable the package reads its API key from; none for a server that needs no key. */
  readonly key?: string;
  /** Where the package sends requests, and what changes that, as the package itself decides: for the help. */
  readonly endpoint: string;
}

/** The AI SDK, which `@diplo-brief/draft` drafts through; every provider needs it too. */
export const AI_SDK: ModelPackage = { name: "ai", major: 6 };

/** Every provider `--model` knows: the help, the messages and the loading all come from here. */
export const modelProviders = {
  openai: {
    package: { name: "@ai-sdk/openai", major: 3 },
    factory: "openai",
    key: "OPENAI_API_KEY",
    endpoint: "OPENAI_BASE_URL, default https://api.openai.com/v1",
  },
  anthropic: {
    package: { name: "@ai-sdk/anthropic", major: 3 },
    factory: "anthropic",
    key: "ANTHROPIC_API_KEY",
    endpoint: "ANTHROPIC_BASE_URL, default https://api.anthropic.com/v1",
  },
  // ollama-ai-provider-v2's default instance reads no environment variable: it always asks the local server.
  ollama: {
    package: { name: "ollama-ai-provider-v2", major: 3 },
    factory: "ollama",
    endpoint: "http://127.0.0.1:11434, the local Ollama server",
  },
} as const satisfies Readonly<Record<string, ModelProvider>>;

export type ProviderName = keyof typeof modelProviders;

export const providerNames = Object.keys(modelProviders) as ProviderName[];

/** `npm install ai@6 @ai-sdk/openai@3`: the versions that work with this command, whatever is newest. */
export const installCommand = (packages: readonly ModelPackage[]): string => `npm install ${packages.map(({ name, major }) => `${name}@${major}`).join(" ")}`;

/** The help's lines on each provider: what to install, where its key goes and where it sends requests. */
export function providersHelp(): string {
  const width = Math.max(...providerNames.map((name) => name.length)) + 4;
  return Object.entries(modelProviders as Readonly<Record<ProviderName, ModelProvider>>)
    .map(([name, provider]) => {
      const reached = `${provider.key === undefined ? "no key" : `key: ${provider.key}`}; URL: ${provider.endpoint}`;
      return `  ${name.padEnd(width)}${installCommand([AI_SDK, provider.package])}\n  ${" ".repeat(width)}${reached}`;
    })
    .join("\n");
}
