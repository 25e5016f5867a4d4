type Data = Record<string, unknown>;

const collections = ["entities", "issues", "quotes", "events"] as const;
type Collection = (typeof collections)[number];

const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** Where a claim refers to other items: a field holding one id, a list of ids, or parties or roles holding them. */
const referenceFields: Record<Collection, readonly (readonly [string, "one" | "list" | "parties" | "roles"])[]> = {
  entities: [["roles", "roles"]],
  issues: [["parties", "parties"]],
  quotes: [
    ["speaker", "one"],
    ["event", "one"],
    ["issues", "list"],
  ],
  events: [
    ["place", "one"],
    ["participants", "list"],
    ["issues", "list"],
  ],
};

const nameKey = (value: unknown): string | undefined => (typeof value === "string" ? value.trim().toLowerCase() : undefined);
const excerptsKey = (value: unknown): string => JSON.stringify(Array.isArray(value) ? value.map((e) => (isObject(e) ? e.text : e)) : value);

/**
 * One set of claims from the answers for each part of a long article. An entity named in several
 * parts becomes one, with the aliases, roles and evidence of all (matched by id or by name); an
 * item repeated where parts overlap (the same evidence) is kept once; an id used for different
 * items in different parts is made unique, and the part's references follow it. Anything that is
 * not of the expected shape is passed on as it is, for grounding to report.
 */
export function mergeClaims(answers: readonly unknown[]): Data {
  if (answers.length === 1) return isObject(answers[0]) ? answers[0] : { entities: [], issues: [], quotes: [], events: [] };
  const merged: Record<Collection, unknown[]> = { entities: [], issues: [], quotes: [], events: [] };
  const entityById = new Map<string, Data>();
  const entityByName = new Map<string, Data>();
  const taken = new Set<string>();
  const seen = new Set<string>();
  for (const answer of answers) {
    if (!isObject(answer)) continue;
    const renamed = new Map<string, string>();
    const added: [Collection, Data][] = [];
    const merges: [Data, Data][] = [];
    for (const entity of Array.isArray(answer.entities) ? answer.entities : []) {
      if (!isObject(entity) || typeof entity.id !== "string") {
        merged.entities.push(entity);
        continue;
      }
      const same = entityById.get(entity.id) ?? entityByName.get(nameKey(entity.name) ?? "");
      if (same) {
        renamed.set(entity.id, same.id as string);
        merges.push([same, { ...entity }]);
        continue;
      }
      const copy = { ...entity };
      entityById.set(entity.id, copy);
      const key = nameKey(entity.name);
      if (key) entityByName.set(key, copy);
      taken.add(entity.id);
      merged.entities.push(copy);
      added.push(["entities", copy]);
    }
    for (const collection of ["issues", "events", "quotes"] as const) {
      for (const item of Array.isArray(answer[collection]) ? answer[collection] : []) {
        if (!isObject(item) || typeof item.id !== "string") {
          merged[collection].push(item);
          continue;
        }
        const key = `${collection}\u0000${excerptsKey(item.evidence)}\u0000${typeof item.text === "string" ? item.text : ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let id = item.id;
        for (let n = 2; taken.has(id); n++) id = `${item.id}-${n}`;
        taken.add(id);
        if (id !== item.id) renamed.set(item.id, id);
        const copy = { ...item, id };
        merged[collection].push(copy);
        added.push([collection, copy]);
      }
    }
    // The part's references follow its renamed and merged ids; then merged entities take in what the part knew of them.
    for (const [collection, item] of added) follow(item, collection, renamed);
    for (const [same, entity] of merges) {
      follow(entity, "entities", renamed);
      for (const list of ["aliases", "roles", "evidence"]) {
        const union = [...(Array.isArray(same[list]) ? same[list] : []), ...(Array.isArray(entity[list]) ? entity[list] : [])];
        same[list] = [...new Map(union.map((value) => [JSON.stringify(value), value])).values()];
      }
    }
  }
  return merged;
}

/** Rewrites the references of `item` through `renamed`. */
function follow(item: Data, collection: Collection, renamed: ReadonlyMap<string, string>): void {
  const rename = (id: unknown): unknown => (typeof id === "string" ? (renamed.get(id) ?? id) : id);
  for (const [field, shape] of referenceFields[collection]) {
    const value = item[field];
    if (shape === "one") item[field] = rename(value);
    else if (Array.isArray(value)) {
      item[field] =
        shape === "list"
          ? value.map(rename)
          : value.map((element) => (isObject(element) ? { ...element, ...(shape === "parties" ? { entity: rename(element.entity) } : { of: rename(element.of) }) } : element));
    }
  }
}
