import type { GoldSpec } from "../gold-spec.js";

export default {
  slug: "state-rubio-aoun",
  article: {
    headline: "Secretary Rubio’s Meeting with Lebanese President Aoun",
    dateline: "July 19, 2026",
    published: "2026-07-19",
    source: "U.S. Department of State",
    language: "en",
    url: "https://www.state.gov/releases/office-of-the-spokesperson/2026/07/secretary-rubios-meeting-with-lebanese-president-aoun/",
  },
  summary:
    "Secretary Rubio met Lebanese President Aoun to discuss the Trilateral Framework, commended Lebanon's effort to reclaim its sovereignty and disarm Hizballah, and reaffirmed U.S. support.",
  entities: [
    {
      id: "marco-rubio",
      kind: "person",
      name: "Marco Rubio",
      aliases: ["Rubio"],
      roles: [{ title: "Secretary of State" }],
      mentions: ["Secretary of State Marco Rubio", "Secretary Rubio’s Meeting"],
    },
    {
      id: "joseph-aoun",
      kind: "person",
      name: "Joseph Aoun",
      aliases: ["President Aoun", "Aoun"],
      roles: [{ title: "President", of: "lebanon" }],
      mentions: ["Lebanese President Joseph Aoun", "under President Aoun’s leadership", "Lebanese President Aoun"],
    },
    { id: "lebanon", kind: "country", name: "Lebanon", aliases: ["Lebanese"], mentions: ["reclaim Lebanon’s sovereignty", "Lebanese President Joseph Aoun", "the Lebanese people"] },
    {
      id: "government-of-lebanon",
      kind: "organization",
      name: "Government of Lebanon",
      aliases: [],
      mentions: ["the courage of the Government of Lebanon", "backing the Government of Lebanon’s efforts"],
    },
    { id: "hizballah", kind: "organization", name: "Hizballah", aliases: [], mentions: ["disarm Hizballah and dismantle its terrorist infrastructure"] },
    { id: "united-states", kind: "country", name: "United States", aliases: [], mentions: ["the commitment of the United States"] },
  ],
  issues: [
    {
      id: "trilateral-framework",
      title: "The Trilateral Framework and Lebanon's sovereignty",
      summary: "Implementing the Trilateral Framework: Lebanon's effort to reclaim its sovereignty, disarm Hizballah and move towards peace, with U.S. backing.",
      nature: "cooperation",
      category: "security",
      parties: [
        { entity: "united-states", position: "Committed to supporting the Framework's implementation and the Government of Lebanon's efforts." },
        { entity: "government-of-lebanon", position: "Working to reclaim Lebanon's sovereignty and disarm Hizballah." },
        { entity: "hizballah" },
      ],
      evidence: [
        "They discussed the implementation of the Trilateral Framework",
        "reclaim Lebanon’s sovereignty, disarm Hizballah and dismantle its terrorist infrastructure, and move towards peace",
        "supporting the successful implementation of the Trilateral Framework",
      ],
    },
  ],
  attributions: [
    {
      id: "rubio-commends-lebanon",
      speaker: "marco-rubio",
      source: [["The Secretary", "The Secretary commended"]],
      cue: "commended",
      named: ["Secretary of State Marco Rubio"],
      content: [
        "the courage of the Government of Lebanon, under President Aoun’s leadership, for their determined effort to reclaim Lebanon’s sovereignty, disarm Hizballah and dismantle its terrorist infrastructure, and move towards peace",
      ],
      text: "The Government of Lebanon has shown courage in its effort to reclaim Lebanon's sovereignty, disarm Hizballah and move towards peace.",
      issues: ["trilateral-framework"],
      event: "rubio-aoun-meeting",
    },
    {
      id: "rubio-reaffirms-support",
      speaker: "marco-rubio",
      source: [["The Secretary", "The Secretary reaffirmed"]],
      cue: "reaffirmed",
      named: ["Secretary of State Marco Rubio"],
      content: [
        "the commitment of the United States to supporting the successful implementation of the Trilateral Framework and to backing the Government of Lebanon’s efforts to deliver peace, economic recovery, and a better future for the Lebanese people",
      ],
      text: "The United States is committed to the Trilateral Framework and to backing the Government of Lebanon's efforts.",
      issues: ["trilateral-framework"],
      event: "rubio-aoun-meeting",
    },
  ],
  events: [
    {
      id: "rubio-aoun-meeting",
      title: "Rubio meets Lebanese President Aoun",
      kind: "meeting",
      status: "occurred",
      when: { text: "today" },
      participants: ["marco-rubio", "joseph-aoun"],
      issues: ["trilateral-framework"],
      cameo: "040",
      evidence: ["Secretary of State Marco Rubio met with Lebanese President Joseph Aoun today"],
    },
  ],
} satisfies GoldSpec;
