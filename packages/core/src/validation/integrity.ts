import { allEvidence, type ItemCollection, itemCollections } from "../brief-items.js";
import { checkSpan } from "../grounding/span.js";
import { formatPath, type PathSegment, type Problem, problem } from "../problem.js";
import { type Brief, SCHEMA_VERSION } from "../schemas/brief.js";

const singular: Record<ItemCollection, string> = {
  entities: "an entity",
  issues: "an issue",
  quotes: "a quote",
  events: "an event",
};

interface IdEntry {
  readonly collection: ItemCollection;
  readonly path: readonly PathSegment[];
}

/**
 * What JSON Schema cannot express: ids unique across the brief, every reference resolving to
 * an item of the right collection, evidence spans inside the article and equal to their slice,
 * and a format version this library knows. Runs only on structurally valid briefs.
 */
export function checkIntegrity(brief: Brief): Problem[] {
  const problems: Problem[] = [];
  const [, minor = "0"] = brief.schemaVersion.split(".");
  const [, supportedMinor = "0"] = SCHEMA_VERSION.split(".");
  if (Number(minor) > Number(supportedMinor)) {
    problems.push(
      problem(
        ["schemaVersion"],
        "unsupported-version",
        `the brief uses format ${brief.schemaVersion}, newer than ${SCHEMA_VERSION} which this version of @diplo-brief/core reads: upgrade it`,
      ),
    );
  }

  // A field a minor version added is used only by a brief that says so, so a reader that predates
  // it refuses the brief by its version ("upgrade") rather than by a field it does not know.
  const needs = (path: readonly PathSegment[], version: string): void => {
    if (Number(minor) >= Number(version.split(".")[1])) return;
    problems.push(problem(path, "needs-newer-version", `is new in format ${version}, but the brief says ${brief.schemaVersion}: set schemaVersion to '${version}'`));
  };
  if (brief.provenance) needs(["provenance"], "1.1");
  brief.quotes.forEach((quote, i) => {
    if (quote.attribution) needs(["quotes", i, "attribution"], "1.1");
  });

  const ids = new Map<string, IdEntry>();
  for (const collection of itemCollections) {
    brief[collection].forEach((item, index) => {
      const path = [collection, index, "id"];
      const first = ids.get(item.id);
      if (first) {
        problems.push(problem(path, "duplicate-id", `duplicate id '${item.id}' (first used at ${formatPath(first.path)})`));
      } else {
        ids.set(item.id, { collection, path });
      }
    });
  }

  const expect = (path: readonly PathSegment[], id: string | undefined, collection: ItemCollection): void => {
    if (id === undefined) return;
    const found = ids.get(id);
    if (found?.collection === collection) return;
    const detail = found
      ? `'${id}' is ${singular[found.collection]}, not ${singular[collection]}`
      : `no ${singular[collection].replace(/^an? /, "")} with id '${id}'`;
    problems.push(problem(path, "dangling-reference", detail));
  };

  brief.entities.forEach((entity, i) => {
    entity.roles.forEach((role, j) => expect(["entities", i, "roles", j, "of"], role.of, "entities"));
  });
  brief.issues.forEach((issue, i) => {
    issue.parties.forEach((party, j) => expect(["issues", i, "parties", j, "entity"], party.entity, "entities"));
  });
  brief.quotes.forEach((quote, i) => {
    expect(["quotes", i, "speaker"], quote.speaker, "entities");
    expect(["quotes", i, "setting", "place"], quote.setting?.place, "entities");
    expect(["quotes", i, "event"], quote.event, "events");
    quote.issues.forEach((id, j) => expect(["quotes", i, "issues", j], id, "issues"));
  });
  brief.events.forEach((event, i) => {
    expect(["events", i, "place"], event.place, "entities");
    event.participants.forEach((id, j) => expect(["events", i, "participants", j], id, "entities"));
    event.issues.forEach((id, j) => expect(["events", i, "issues", j], id, "issues"));
  });

  for (const { span, path } of allEvidence(brief)) {
    const spanProblem = checkSpan(brief.article.text, span, path);
    if (spanProblem) problems.push(spanProblem);
  }
  return problems;
}
