import { type Brief, SCHEMA_VERSION, verifyBrief } from "@diplo-brief/core";
import { describe, expect, it } from "vitest";
import {
  addEvidence,
  consequencesOfDelete,
  createEntity,
  createEvent,
  createIssue,
  createQuote,
  deleteItem,
  EditError,
  mergeEntities,
  removeEvidence,
  setAttribution,
  updateItem,
} from "./edits.js";
import { findItem } from "./items.js";
import { briefOf, seed, valid, words } from "./test-support.js";

const text = seed.article.text;
const item = (brief: Brief, id: string) => findItem(brief, id)?.item as Record<string, unknown> | undefined;
const problemsOf = (brief: Brief, id: string) => {
  const found = findItem(brief, id);
  return verifyBrief(brief).problems.filter((p) => found && p.path[0] === found.collection && p.path[1] === found.index);
};

describe("createEntity", () => {
  it("makes an entity of the selected words, with a unique id and the words as evidence", () => {
    const hua = words("Hua Chunying");
    const edit = createEntity(seed, { start: hua.start - 1, end: hua.end });
    const brief = valid(edit);
    expect(edit.id).toBe("hua-chunying-2");
    expect(item(brief, "hua-chunying-2")).toEqual({
      id: "hua-chunying-2",
      kind: "person",
      name: "Hua Chunying",
      aliases: [],
      roles: [],
      evidence: [{ start: hua.start, end: hua.end, text: "Hua Chunying" }],
    });
    expect(edit.effects).toEqual([]);
    expect(problemsOf(brief, "hua-chunying-2")).toEqual([]);
    expect(createEntity(brief, hua).id).toBe("hua-chunying-3");
  });

  it("takes a kind, and spells ids from names", () => {
    const edit = createEntity(seed, words("China’s neighbours"), { kind: "group" });
    expect(edit.id).toBe("chinas-neighbours-2");
    expect(item(valid(edit), "chinas-neighbours-2")?.kind).toBe("group");
  });

  it("finds an id for a name with no Latin letters", () => {
    const brief = briefOf("习近平会见了布林肯。", "习近平");
    expect(createEntity(brief, words("布林肯", brief.article.text)).id).toBe("entity");
  });

  it("leaves the brief it was given as it was", () => {
    const before = structuredClone(seed);
    createEntity(seed, words("Hua Chunying"));
    expect(seed).toEqual(before);
  });

  it("refuses a selection of nothing visible", () => {
    const gap = text.indexOf("\n\n");
    expect(() => createEntity(seed, { start: gap, end: gap + 2 })).toThrow(new EditError("Select some words of the article first."));
  });
});

describe("createEvent and createIssue", () => {
  it("make an item titled with the selected words, with an id cut at a word", () => {
    const event = createEvent(seed, words("the first top American diplomat to visit China in five years"), { kind: "visit" });
    expect(event.id).toBe("the-first-top-american-diplomat-to-visit");
    expect(item(valid(event), event.id as string)).toMatchObject({ title: "the first top American diplomat to visit China in five years", kind: "visit", status: "occurred" });
    const issue = createIssue(seed, words("fear of a new Cold War"), { nature: "concern", category: "security" });
    expect(item(valid(issue), issue.id as string)).toMatchObject({ id: "fear-of-a-new-cold-war", title: "fear of a new Cold War", summary: "fear of a new Cold War", category: "security" });
  });
});

describe("createQuote", () => {
  const hua = "Hope this meeting can help steer China-U.S. relations back to what the two Presidents agreed upon in Bali";
  const huaParagraph = text.slice(text.indexOf("Chinese assistant foreign minister"), text.indexOf("Bali”.") + 6);

  it("makes a direct quote of words in quotation marks, its evidence the sentence that names the speaker and the cue", () => {
    const edit = createQuote(seed, words("Hope this meeting can help steer"), { speaker: "hua-chunying" });
    const brief = valid(edit);
    expect(item(brief, edit.id as string)).toMatchObject({
      speaker: "hua-chunying",
      mode: "direct",
      text: "Hope this meeting can help steer",
      cue: "tweeted",
      issues: [],
      evidence: [{ start: text.indexOf(huaParagraph), end: text.indexOf(huaParagraph) + huaParagraph.length, text: huaParagraph }],
    });
    expect(edit.id).toBe("hua-chunying-hope-this-meeting-can-help");
    expect(problemsOf(brief, edit.id as string)).toEqual([]);
  });

  it("leaves out the quotation marks and the full stop selected with the words", () => {
    const selection = words(`“${hua}”.`);
    const edit = createQuote(seed, selection, { speaker: "hua-chunying" });
    expect(item(valid(edit), edit.id as string)).toMatchObject({ mode: "direct", text: hua });
  });

  it("takes the cue from outside the quotation", () => {
    const edit = createQuote(seed, words("I’ll be meeting with Xi again"), { speaker: "joe-biden" });
    const brief = valid(edit);
    const sentence = "“I’m hoping that, over the next several months, I’ll be meeting with Xi again and talking about legitimate differences we have but also how there’s areas we can get along,” Biden said.";
    expect(item(brief, edit.id as string)).toMatchObject({ mode: "direct", cue: "said", evidence: [{ text: sentence }] });
    expect(problemsOf(brief, edit.id as string)).toEqual([]);
  });

  it("makes an indirect quote of narration, in its sentence", () => {
    const edit = createQuote(seed, words("he did not think the Chinese leadership knew much"), { speaker: "joe-biden" });
    const quote = item(valid(edit), edit.id as string);
    expect(quote).toMatchObject({ mode: "indirect", text: "he did not think the Chinese leadership knew much", cue: "said" });
    expect((quote?.evidence as { text: string }[])[0]?.text).toMatch(/^Speaking with reporters on Sunday .* hoped to meet Xi soon\.$/);
  });

  it("does not end a sentence at an abbreviation or inside a quotation", () => {
    const article = "The U.S. State Department said talks would go on. “We will talk. We always do,” Ms. Lee told reporters. Nothing else happened.";
    const brief = briefOf(article, "Lee");
    const direct = createQuote(brief, words("We always do", article), { speaker: "person" });
    expect(item(valid(direct), direct.id as string)).toMatchObject({
      mode: "direct",
      cue: "told",
      evidence: [{ text: "“We will talk. We always do,” Ms. Lee told reporters." }],
    });
    const indirect = createQuote(brief, words("talks would go on", article), { speaker: "person" });
    expect(item(valid(indirect), indirect.id as string)).toMatchObject({ mode: "indirect", evidence: [{ text: "The U.S. State Department said talks would go on." }] });
  });

  it("keeps a quoted sentence's end and attributing verb inside its quotation", () => {
    const edit = createQuote(seed, words("We’re coming here in an effort"), { speaker: "us-official" });
    const paragraph = text.slice(text.indexOf("“Both sides are well aware"), text.indexOf("one U.S. official said.") + 23);
    expect(item(valid(edit), edit.id as string)).toMatchObject({ mode: "direct", cue: "said", evidence: [{ text: paragraph }] });
    expect(problemsOf(edit.brief, edit.id as string)).toEqual([]);
    const article = "“They said no,” Lee told reporters.";
    expect(item(valid(createQuote(briefOf(article, "Lee"), words("They said no", article), { speaker: "person" })), "person-they-said-no")?.cue).toBe("told");
  });

  it("falls back to the cue 'said', or takes the one given", () => {
    const article = "Lee spoke. “We will talk,” Lee insisted, then left.";
    const brief = briefOf(article, "Lee");
    expect(item(valid(createQuote(brief, words("We will talk", article), { speaker: "person", cue: "insisted" })), "person-we-will-talk")?.cue).toBe("insisted");
    const plain = briefOf("Lee thinks “talks” are over.", "Lee");
    expect(item(valid(createQuote(plain, words("talks", plain.article.text), { speaker: "person" })), "person-talks")?.cue).toBe("said");
  });

  it("refuses a speaker that is not an entity", () => {
    for (const speaker of ["nobody", "blinken-visit"]) {
      expect(() => createQuote(seed, words(hua), { speaker })).toThrow(new EditError(`Choose who says it: there is no entity with id '${speaker}'.`));
    }
  });

  it("refuses a direct quote of words the article does not put in quotation marks", () => {
    expect(() => createQuote(seed, words("Blinken began meetings in Beijing"), { speaker: "antony-blinken", mode: "direct" })).toThrow(/quotation marks/);
  });
});

describe("addEvidence and removeEvidence", () => {
  it("adds a span, refuses the same span twice, and removes any but the last", () => {
    const made = createEntity(seed, words("Hua Chunying"));
    const id = made.id as string;
    const added = addEvidence(made.brief, id, words("Chinese assistant foreign minister Hua Chunying"));
    expect((item(valid(added), id)?.evidence as unknown[]).length).toBe(2);
    expect(() => addEvidence(added.brief, id, words("Chinese assistant foreign minister Hua Chunying"))).toThrow(/already evidence for Entity “Hua Chunying”/);
    const removed = removeEvidence(added.brief, id, 0);
    expect(item(valid(removed), id)?.evidence).toEqual([{ start: 1099, end: 1146, text: "Chinese assistant foreign minister Hua Chunying" }]);
    expect(() => removeEvidence(removed.brief, id, 0)).toThrow(/needs at least one span of evidence/);
    expect(() => removeEvidence(added.brief, id, 2)).toThrow(EditError);
  });
});

describe("setAttribution", () => {
  it("sets the content, then the cue and the source, at format 1.1 or later", () => {
    expect(() => setAttribution(seed, "hua-tweet", "cue", words("tweeted"))).toThrow(/content/);
    const content = setAttribution(seed, "hua-tweet", "content", words("“Hope this meeting"));
    expect(valid(content).schemaVersion).toBe(SCHEMA_VERSION);
    const cue = setAttribution(content.brief, "hua-tweet", "cue", words("tweeted"));
    expect(cue.effects).toEqual([]);
    const source = setAttribution(cue.brief, "hua-tweet", "source", words("Chinese assistant foreign minister Hua Chunying"));
    const brief = valid(source);
    expect(item(brief, "hua-tweet")?.attribution).toEqual({
      content: [{ ...words("“Hope this meeting"), text: "“Hope this meeting" }],
      cue: { ...words("tweeted"), text: "tweeted" },
      source: [{ start: 1099, end: 1146, text: "Chinese assistant foreign minister Hua Chunying" }],
    });
    expect(problemsOf(brief, "hua-tweet")).toEqual([]);
  });

  it("makes a cue span the quote's cue, and says so", () => {
    const content = setAttribution(seed, "official-recognition", "content", words("There’s a recognition on both sides"));
    const cue = setAttribution(content.brief, "official-recognition", "cue", words("told"));
    expect(item(valid(cue), "official-recognition")?.cue).toBe("told");
    expect(cue.effects).toEqual(["Quote by a senior State Department official: “There’s a…” now has the cue “told”."]);
  });

  it("refuses an item that is not a quote", () => {
    expect(() => setAttribution(seed, "hua-chunying", "content", words("Hope"))).toThrow(new EditError("Entity “Hua Chunying” is not a quote."));
  });
});

describe("updateItem", () => {
  it("reassigns a quote's speaker", () => {
    const edit = updateItem(seed, "hua-tweet", { speaker: "wang-yi" });
    expect(item(valid(edit), "hua-tweet")?.speaker).toBe("wang-yi");
    expect(edit.id).toBe("hua-tweet");
  });

  it("refuses a speaker that does not exist, or is not an entity, naming the field", () => {
    expect(() => updateItem(seed, "hua-tweet", { speaker: "nobody" })).toThrow(
      new EditError("Quote by Hua Chunying: “Hope this…” — speaker: no entity with id 'nobody'"),
    );
    expect(() => updateItem(seed, "hua-tweet", { speaker: "blinken-visit" })).toThrow(/speaker: 'blinken-visit' is an event, not an entity/);
  });

  it("refuses what would not be a valid item", () => {
    expect(() => updateItem(seed, "hua-tweet", { mode: "shouted" })).toThrow(/— mode: /);
    expect(() => updateItem(seed, "hua-chunying", { name: " " })).toThrow(/— name: must not be empty/);
    expect(() => updateItem(seed, "hua-chunying", { colour: "red" })).toThrow(/colour/);
    expect(() => updateItem(seed, "hua-chunying", JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown>)).toThrow(EditError);
  });

  it("refuses to change an id or evidence", () => {
    expect(() => updateItem(seed, "hua-chunying", { id: "hua" })).toThrow(/id cannot be changed/);
    expect(() => updateItem(seed, "hua-chunying", { evidence: [] })).toThrow(/add or remove spans/);
  });

  it("removes an optional field given as undefined", () => {
    const brief = valid(updateItem(seed, "hua-tweet", { setting: undefined, event: undefined }));
    expect(item(brief, "hua-tweet")).not.toHaveProperty("setting");
    expect(item(brief, "hua-tweet")).not.toHaveProperty("event");
  });

  it("refuses an id no item has", () => {
    expect(() => updateItem(seed, "nobody", { name: "X" })).toThrow(new EditError("There is no item with id 'nobody'."));
  });
});

describe("mergeEntities", () => {
  it("unites the two and makes every reference name the one kept", () => {
    const edit = mergeEntities(seed, "washington", "united-states");
    const brief = valid(edit);
    expect(edit.id).toBe("washington");
    expect(findItem(brief, "united-states")).toBeUndefined();
    expect(JSON.stringify(brief)).not.toContain('"united-states"');
    const washington = item(brief, "washington");
    expect(washington?.aliases).toEqual(["United States", "U.S.", "American"]);
    expect(washington?.sameAs).toEqual(["Q61", "Q30"]);
    expect(washington?.description).toBe("Capital of the United States.");
    expect((washington?.evidence as { text: string }[]).map((e) => e.text)).toEqual([
      "his long trip from Washington",
      "U.S. Secretary of State",
      "the United States a few months later",
      "military-to-military talks with Washington",
      "charges Washington says",
    ]);
    expect(item(brief, "washington-charges")?.speaker).toBe("washington");
    expect(item(brief, "antony-blinken")?.roles).toEqual([{ title: "Secretary of State", of: "washington" }]);
    expect(item(brief, "communication-channels")?.parties).toContainEqual(expect.objectContaining({ entity: "washington" }));
    expect(item(brief, "balloon-flight")?.place).toBe("washington");
    expect(item(brief, "more-bilateral-meetings")?.participants).toEqual(["washington", "china"]);
    expect(edit.effects).toContain("Entity “United States” is merged into Entity “Washington”: its name, aliases, roles and evidence are theirs now.");
    expect(edit.effects).toContain(
      "Quote by United States: “The charges…” now refers to Entity “Washington” instead of Entity “United States” (speaker).",
    );
    expect(edit.effects).toContain("Event “Suspected Chinese spy balloon flies over U.S. airspace” now refers to Entity “Washington” instead of Entity “United States” (place).");
  });

  it("names an item once where it named both", () => {
    const made = createEntity(seed, words("Washington", text, 1800));
    const id = made.id as string;
    const both = updateItem(made.brief, "more-bilateral-meetings", { participants: ["united-states", id, "china"] });
    const brief = valid(mergeEntities(valid(both), "united-states", id));
    expect(item(brief, "more-bilateral-meetings")?.participants).toEqual(["united-states", "china"]);
  });

  it("refuses an entity merged with itself, or an item that is not an entity", () => {
    expect(() => mergeEntities(seed, "china", "china")).toThrow(EditError);
    expect(() => mergeEntities(seed, "china", "taiwan-status")).toThrow(new EditError("Issue “Taiwan” is not an entity."));
  });
});

describe("deleteItem", () => {
  it("deletes an entity with its quotes and its place in events, and says so", () => {
    const edit = deleteItem(seed, "hua-chunying");
    const brief = valid(edit);
    expect(findItem(brief, "hua-chunying")).toBeUndefined();
    expect(findItem(brief, "hua-tweet")).toBeUndefined();
    expect(item(brief, "blinken-qin-talks")?.participants).toEqual(["antony-blinken", "qin-gang"]);
    expect(item(brief, "hua-tweet-posted")?.participants).toEqual([]);
    expect(edit.effects).toEqual([
      "Quote by Hua Chunying: “Hope this…” is deleted too: it needs Entity “Hua Chunying” (speaker).",
      "Event “Blinken and Qin Gang meet” no longer refers to Entity “Hua Chunying” (participants).",
      "Event “Hua Chunying tweets her hope for the meeting” no longer refers to Entity “Hua Chunying” (participants).",
    ]);
    expect(brief.quotes.length).toBe(seed.quotes.length - 1);
    expect(brief.entities.length).toBe(seed.entities.length - 1);
  });

  it("deletes an entity others hold roles of, leaving the roles", () => {
    const brief = valid(deleteItem(seed, "state-department"));
    expect(item(brief, "senior-state-department-official")?.roles).toEqual([{ title: expect.any(String) }]);
  });

  it("deletes an event or an issue, and the references to it", () => {
    const event = deleteItem(seed, "biden-speaks-to-reporters");
    expect(valid(event).quotes.filter((q) => q.event === "biden-speaks-to-reporters")).toEqual([]);
    expect(event.effects).toHaveLength(3);
    const issue = valid(deleteItem(seed, "spy-balloon"));
    expect(JSON.stringify(issue)).not.toContain('"spy-balloon"');
    expect(issue.quotes.length).toBe(seed.quotes.length);
  });

  it("says the same before deleting, for the warning", () => {
    expect(consequencesOfDelete(seed, "joe-biden")).toEqual(deleteItem(seed, "joe-biden").effects);
    expect(consequencesOfDelete(seed, "joe-biden").filter((e) => e.includes("is deleted too"))).toHaveLength(3);
    expect(consequencesOfDelete(seed, "trade")).toEqual([]);
  });

  it("refuses an id no item has", () => {
    expect(() => deleteItem(seed, "nobody")).toThrow(EditError);
  });
});
