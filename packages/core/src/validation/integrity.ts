import { eachAt, type ItemCollection, itemCollections, references, spanFields } from "../brief-items.js";
import { checkSpan } from "../grounding/span.js";
import { formatPath, type PathSegment, type Problem, problem } from "../problem.js";
import { type Brief, SCHEMA_VERSION } from "../schemas/brief.js";
import type { Evidence } from "../schemas/evidence.js";

const singular: Record<ItemCollection, string> = {
  entities: "an entity",
  issues: "an issue",
  quotes: "a quote",
  events: "an event",
};

/** The fields that minor format versions added, by field path, with the version that added each. */
const newFields: Record<string, string> = { provenance: "1.1", "quotes.*.attribution": "1.1", "provenance.prompt": "1.2" };

const minorOf = (version: string): number => Number(version.split(".")[1]);

/**
 * What JSON Schema cannot express: ids unique across the brief, every reference resolving to
 * an item of the right collection, evidence spans inside the article and equal to their slice,
 * and a format version this library knows. Runs only on structurally valid briefs.
 */
export function checkIntegrity(brief: Brief): Problem[] {
  const problems: Problem[] = [];
  const version = brief.schemaVersion;
  const minor = minorOf(version);
  if (minor > minorOf(SCHEMA_VERSION)) {
    problems.push(
      problem(["schemaVersion"], "unsupported-version", `the brief uses format ${version}, newer than ${SCHEMA_VERSION} which this version of @diplo-brief/core reads: upgrade it`),
    );
  }
  // A field a minor version added is used only by a brief that says so, so a reader that predates
  // it refuses the brief by its version ("upgrade") rather than by a field it does not know.
  for (const [at, since] of Object.entries(newFields)) {
    if (minor >= minorOf(since)) continue;
    eachAt(brief, at, (_, path) =>
      problems.push(problem(path, "needs-newer-version", `is new in format ${since}, but the brief says ${version}: set schemaVersion to '${since}'`)),
    );
  }

  const ids = new Map<unknown, [ItemCollection, PathSegment[]]>();
  for (const collection of itemCollections) {
    eachAt(brief, `${collection}.*.id`, (id, path) => {
      const first = ids.get(id);
      if (first) problems.push(problem(path, "duplicate-id", `duplicate id '${id}' (first used at ${formatPath(first[1])})`));
      else ids.set(id, [collection, path]);
    });
  }

  for (const [at, target] of Object.entries(references)) {
    eachAt(brief, at, (id, path) => {
      const found = ids.get(id)?.[0];
      if (found === target) return;
      const detail = found
        ? `'${id}' is ${singular[found]}, not ${singular[target]}`
        : `no ${singular[target].replace(/^an? /, "")} with id '${id}'`;
      problems.push(problem(path, "dangling-reference", detail));
    });
  }

  for (const collection of itemCollections) {
    for (const at of spanFields) {
      eachAt(brief, `${collection}.*.${at}`, (span, path) => {
        const spanProblem = checkSpan(brief.article.text, span as Evidence, path);
        if (spanProblem) problems.push(spanProblem);
      });
    }
  }
  return problems;
}
