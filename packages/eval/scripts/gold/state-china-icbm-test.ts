import type { GoldSpec } from "../gold-spec.js";

export default {
  slug: "state-china-icbm-test",
  article: {
    headline: "China Launches Nuclear Capable Ballistic Missile into Pacific Ocean",
    dateline: "July 6, 2026",
    published: "2026-07-06",
    source: "U.S. Department of State",
    language: "en",
    url: "https://www.state.gov/releases/office-of-the-spokesperson/2026/07/china-launches-nuclear-capable-ballistic-missile-into-pacific-ocean/",
  },
  summary:
    "The United States monitored China's submarine launch of an unarmed intercontinental-range ballistic missile into the southern Pacific, calls China's nuclear buildup a great concern and urges it to join arms control talks and notify launches.",
  entities: [
    {
      id: "united-states",
      kind: "country",
      name: "United States",
      aliases: [],
      mentions: ["The United States monitored", "when the United States is working", "The United States remains steadfast"],
    },
    {
      id: "china",
      kind: "country",
      name: "China",
      aliases: ["Beijing"],
      mentions: ["China Launches", "monitored China’s test launch", "China is doing the opposite", "Beijing’s rapid and opaque", "urge China to engage"],
    },
    { id: "pacific-ocean", kind: "place", name: "Pacific Ocean", aliases: [], mentions: ["Missile into Pacific Ocean", "the southern Pacific Ocean"] },
    { id: "p5", kind: "group", name: "P5 members", aliases: [], description: "The five permanent members of the UN Security Council.", mentions: ["all other P5 members"] },
    {
      id: "tommy-pigott",
      kind: "person",
      name: "Thomas \"Tommy\" Pigott",
      aliases: [],
      roles: [{ title: "Spokesperson" }],
      mentions: ["Thomas \"Tommy\" Pigott, Spokesperson"],
    },
  ],
  issues: [
    {
      id: "nuclear-buildup",
      title: "China's nuclear buildup and arms control",
      summary: "The United States calls China's rapid and opaque nuclear buildup a great concern and urges arms control talks and notification of missile and space launches.",
      nature: "dispute",
      category: "security",
      parties: [
        { entity: "united-states", position: "Urges China to join arms control discussions and notify launches as other P5 members do." },
        { entity: "china", position: "Is building up its nuclear weapons rapidly and opaquely, as the United States puts it." },
      ],
      evidence: [
        "Beijing’s rapid and opaque nuclear weapons buildup is of great concern to the region and the world",
        "engage in meaningful arms control discussions and commit to a regularized notification arrangement",
      ],
    },
  ],
  attributions: [
    {
      id: "us-urges-arms-control",
      speaker: "united-states",
      source: [["We", "We continue to urge"]],
      cue: "continue to urge",
      named: [["The United States", "The United States monitored"]],
      content: [
        "to engage in meaningful arms control discussions and commit to a regularized notification arrangement for all intercontinental-range ballistic missile and space launches consistent with commitments made by all other P5 members",
      ],
      text: "China should engage in arms control discussions and commit to notifying all intercontinental-range ballistic missile and space launches, as the other P5 members do.",
      setting: { audience: "China" },
      issues: ["nuclear-buildup"],
    },
  ],
  events: [
    {
      id: "icbm-test",
      title: "China test-launches an unarmed intercontinental-range ballistic missile from a submarine",
      kind: "incident",
      status: "occurred",
      place: "pacific-ocean",
      participants: ["china"],
      issues: ["nuclear-buildup"],
      evidence: ["China’s test launch from a submarine of an unarmed intercontinental-range ballistic missile, which landed in the southern Pacific Ocean"],
    },
  ],
} satisfies GoldSpec;
