import type { GoldSpec } from "../gold-spec.js";
import afghanRobotics from "./afghan-robotics-team-visas.js";
import asylumSeekers from "./asylum-seekers-rescued-indonesia.js";
import northKorea from "./north-korea-quasi-state-of-war.js";
import chinaIcbm from "./state-china-icbm-test.js";
import rubioAoun from "./state-rubio-aoun.js";
import rubioJaishankar from "./state-rubio-jaishankar.js";
import rubioMarcos from "./state-rubio-marcos-manila.js";
import secondThomasShoal from "./state-second-thomas-shoal.js";
import syriaRescission from "./state-syria-sst-rescission.js";
import cambodiaAir from "./state-us-cambodia-air-transport.js";

/** Every gold article but the seed, whose brief is core's, upgraded in blinken-beijing.ts. */
export const specs: readonly GoldSpec[] = [
  afghanRobotics,
  asylumSeekers,
  northKorea,
  chinaIcbm,
  rubioAoun,
  rubioJaishankar,
  rubioMarcos,
  secondThomasShoal,
  syriaRescission,
  cambodiaAir,
];
