import type { Brief } from "@diplo-brief/core";
import type { DiploBriefErrorDetail } from "./events.js";
import type { DiploStringKey } from "./strings.js";
import { validate } from "./validate.js";

type Translate = (key: DiploStringKey, values?: Record<string, string | number>) => string;

/** The valid brief an element was given, or the error to show instead. */
export function resolveBrief(input: unknown, t: Translate): Brief | DiploBriefErrorDetail {
  if (input === undefined || input === null) return { reason: "empty", message: t("errorEmpty"), problems: [] };
  const verdict = validate(input);
  if (verdict.success) return verdict.data;
  return { reason: "invalid", message: t("errorInvalid", { count: verdict.problems.length }), problems: verdict.problems };
}

export const isError = <T extends object>(value: T | DiploBriefErrorDetail): value is DiploBriefErrorDetail => "reason" in value;
