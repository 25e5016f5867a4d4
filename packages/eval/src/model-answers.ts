import { readdirSync, readFileSync } from "node:fs";

/** Recorded answers of a language model to the drafting prompt, one `<slug>.claims.json` per gold article (see its README). */
export const modelAnswersDir = new URL("../model-answers/", import.meta.url);

const SUFFIX = ".claims.json";

export interface ModelAnswer {
  readonly slug: string;
  /** The answer as the model gave it: claims to ground, unchecked, as `groundClaims` takes them. */
  readonly claims: unknown;
}

/** Every recorded answer, by slug; an answer that is not JSON is an error, not a skipped article. */
export function loadModelAnswers(dir: URL = modelAnswersDir): ModelAnswer[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -SUFFIX.length);
      try {
        return { slug, claims: JSON.parse(readFileSync(new URL(name, dir), "utf8")) as unknown };
      } catch (error) {
        throw new Error(`model-answers/${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}
