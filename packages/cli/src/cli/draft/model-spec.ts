import { closest } from "../messages.js";
import { modelProviders, type ProviderName, providerNames } from "./model-providers.js";

/** `--model provider:model-id`, read: the model id is the provider's own, passed on as it is. */
export interface ModelSpec {
  readonly provider: ProviderName;
  readonly modelId: string;
}

/**
 * `openai:gpt-4.1-mini`, or a sentence saying what is wrong with it. The provider ends at the first
 * colon, so that model ids with colons of their own (`ollama:llama3.1:8b`) stay whole.
 */
export function parseModelSpec(value: string): ModelSpec | string {
  const match = /^([^:\s]+):(\S+)$/.exec(value);
  if (!match) return `must be provider:model-id, such as openai:gpt-4.1-mini or ollama:llama3.1, got '${value}'`;
  const [, provider = "", modelId = ""] = match;
  if (!Object.hasOwn(modelProviders, provider)) {
    const suggestion = closest(provider, providerNames);
    return `has an unknown provider '${provider}'${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; known: ${providerNames.join(", ")}`;
  }
  return { provider: provider as ProviderName, modelId };
}
