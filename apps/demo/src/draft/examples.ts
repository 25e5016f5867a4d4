import afghanRobotics from "#gold/afghan-robotics-team-visas.txt?raw";
import asylumSeekers from "#gold/asylum-seekers-rescued-indonesia.txt?raw";
import northKorea from "#gold/north-korea-quasi-state-of-war.txt?raw";
import chinaIcbm from "#gold/state-china-icbm-test.txt?raw";
import rubioAoun from "#gold/state-rubio-aoun.txt?raw";
import rubioJaishankar from "#gold/state-rubio-jaishankar.txt?raw";
import rubioMarcos from "#gold/state-rubio-marcos-manila.txt?raw";
import secondThomasShoal from "#gold/state-second-thomas-shoal.txt?raw";
import syriaRescission from "#gold/state-syria-sst-rescission.txt?raw";
import cambodiaAir from "#gold/state-us-cambodia-air-transport.txt?raw";

/**
 * The openly licensed articles of the evaluation's gold set, bundled into this page so they work
 * offline. Their sources and licences are in `packages/eval/gold/SOURCES.md`; the page shows them
 * beside each example. The Reuters seed article is not among them: its licence covers only the
 * copy the demo already shows.
 */
export interface Example {
  /** The gold file's name without `.txt`, and the name of the drafted brief's download. */
  readonly id: string;
  readonly text: string;
  readonly publisher: Publisher;
  /** As the article dates itself, `YYYY-MM-DD`. */
  readonly published: string;
  /** Where it was first published. */
  readonly url: string;
}

export type Publisher = "wikinews" | "state";

/** How each publisher is credited, as `SOURCES.md` and the licence ask. */
export const publishers: Record<Publisher, { readonly name: string; readonly licence: string; readonly licenceUrl?: string; readonly by?: string }> = {
  wikinews: { name: "Wikinews", by: "Wikinews contributors", licence: "CC BY 2.5", licenceUrl: "https://creativecommons.org/licenses/by/2.5/" },
  state: { name: "U.S. Department of State", licence: "public domain (a work of the U.S. Government, 17 U.S.C. § 105)" },
};

const wikinews = "https://en.wikinews.org/wiki/";
const state = "https://www.state.gov/releases/office-of-the-spokesperson/2026/07/";

export const examples: readonly Example[] = [
  { id: "north-korea-quasi-state-of-war", text: northKorea, publisher: "wikinews", published: "2015-08-21", url: `${wikinews}North_Korea_puts_military_in_%27quasi-state_of_war%27` },
  { id: "asylum-seekers-rescued-indonesia", text: asylumSeekers, publisher: "wikinews", published: "2015-05-18", url: `${wikinews}Over_900_asylum_seekers_rescued_off_Indonesian_coast` },
  {
    id: "afghan-robotics-team-visas",
    text: afghanRobotics,
    publisher: "wikinews",
    published: "2017-07-21",
    url: `${wikinews}After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition`,
  },
  { id: "state-second-thomas-shoal", text: secondThomasShoal, publisher: "state", published: "2026-07-20", url: `${state}chinas-actions-against-philippine-navy-personnel-at-second-thomas-shoal/` },
  { id: "state-rubio-marcos-manila", text: rubioMarcos, publisher: "state", published: "2026-07-22", url: `${state}secretary-rubios-meeting-with-philippine-president-marcos/` },
  { id: "state-rubio-aoun", text: rubioAoun, publisher: "state", published: "2026-07-19", url: `${state}secretary-rubios-meeting-with-lebanese-president-aoun/` },
  { id: "state-rubio-jaishankar", text: rubioJaishankar, publisher: "state", published: "2026-07-22", url: `${state}secretary-rubios-meeting-with-indian-external-affairs-minister-jaishankar-3/` },
  { id: "state-syria-sst-rescission", text: syriaRescission, publisher: "state", published: "2026-07-08", url: `${state}initiating-rescission-process-of-syrias-designation-as-a-state-sponsor-of-terrorism/` },
  { id: "state-china-icbm-test", text: chinaIcbm, publisher: "state", published: "2026-07-06", url: `${state}china-launches-nuclear-capable-ballistic-missile-into-pacific-ocean/` },
  { id: "state-us-cambodia-air-transport", text: cambodiaAir, publisher: "state", published: "2026-07-01", url: `${state}the-united-states-and-cambodia-sign-air-transport-agreement/` },
];

/** Every gold article opens with its headline on a line of its own. */
export const titleOf = (example: Example): string => example.text.split("\n", 1)[0]?.trim() ?? example.id;
