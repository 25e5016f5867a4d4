import type { ModelDraftOptions } from "@diplo-brief/draft";
import { describeError } from "../messages.js";
import { AI_SDK, installCommand, type ModelPackage, modelProviders } from "./model-providers.js";
import type { ModelSpec } from "./model-spec.js";

export type LanguageModel = ModelDraftOptions["model"];

/** A model that cannot be used as the command line and the environment give it: a package not installed, a key not set. */
export class ModelSetupError extends Error {
  override readonly name = "ModelSetupError";
}

export type ImportModule = (name: string) => Promise<unknown>;

// By a name bundlers leave alone: the packages are optional peers, installed by the user if at all.
const importByName: ImportModule = (name) => import(/* @vite-ignore */ name);

type Loaded = { readonly ok: true; readonly module: unknown } | { readonly ok: false; readonly missing: ModelPackage };

/**
 * The model `spec` names, made by its provider package's default instance (`openai("gpt-4.1-mini")`),
 * which reads its key and base URL from the environment itself: the command never handles a key.
 * Checked before any article is read: the AI SDK and the provider package are installed (or the
 * exact `npm install` that adds them is the message), and the provider's key is set.
 */
export async function loadModel(spec: ModelSpec, env: NodeJS.ProcessEnv = process.env, importModule: ImportModule = importByName): Promise<LanguageModel> {
  const provider = modelProviders[spec.provider];
  const [ai, loaded] = await Promise.all([load(AI_SDK, importModule), load(provider.package, importModule)]);
  const missing = [ai, loaded].flatMap((result) => (result.ok ? [] : [result.missing]));
  if (missing.length > 0 || !loaded.ok) {
    const names = missing.map(({ name }) => name).join(" and ");
    throw new ModelSetupError(`--model ${spec.provider} needs ${names}, not installed: ${installCommand(missing)}`);
  }
  if ("key" in provider) {
    const key = env[provider.key];
    // An empty key is sent as it is, and refused by the provider with a message about something else.
    if (key === undefined || key.trim() === "") {
      throw new ModelSetupError(`--model ${spec.provider} needs an API key in the environment: ${provider.key} is ${key === undefined ? "not set" : "empty"}`);
    }
  }
  const create = (loaded.module as Readonly<Record<string, unknown>>)[provider.factory];
  if (typeof create !== "function") {
    throw new ModelSetupError(`${provider.package.name} has no '${provider.factory}' export: install version ${provider.package.major}, ${installCommand([provider.package])}`);
  }
  // The provider's own type is not ours to import: the AI SDK checks what it made when it is used.
  return (create as (modelId: string) => LanguageModel)(spec.modelId);
}

/** The package's module, or that it is not installed; one that is installed but fails to load is a ModelSetupError of its own. */
async function load(pkg: ModelPackage, importModule: ImportModule): Promise<Loaded> {
  try {
    return { ok: true, module: await importModule(pkg.name) };
  } catch (error) {
    if (isNotFound(error, pkg.name)) return { ok: false, missing: pkg };
    throw new ModelSetupError(`${pkg.name} is installed but cannot be loaded: ${describeError(error)}`);
  }
}

/** Node's error for the package itself not found, not for one of its own dependencies (`Cannot find package 'zod' imported from …/@ai-sdk/openai/…`). */
function isNotFound(error: unknown, name: string): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && describeError(error).includes(`'${name}'`);
}
