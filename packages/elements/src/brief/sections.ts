/** The sections `<diplo-brief>` can show, in their default order. */
export const briefSections = ["header", "overview", "players", "issues", "quotes", "timeline"] as const;
export type BriefSection = (typeof briefSections)[number];

const known = new Set<string>(briefSections);

/**
 * Reads the `sections` attribute: names separated by spaces or commas, in the order to show
 * them. Unknown names are reported rather than silently dropped; an empty list means all.
 */
export function parseSections(value: string | undefined): { sections: BriefSection[]; unknown: string[] } {
  const names = (value ?? "").split(/[\s,]+/).filter(Boolean);
  const sections = [...new Set(names.filter((name): name is BriefSection => known.has(name)))];
  const unknown = names.filter((name) => !known.has(name));
  return { sections: sections.length > 0 ? sections : [...briefSections], unknown };
}
