import type { Brief } from "../schemas/brief.js";
import { parseBrief } from "../validation/parse-brief.js";
import data from "./blinken-beijing.brief.json" with { type: "json" };

/**
 * The complete brief of Reuters' report of Antony Blinken's visit to Beijing, over the
 * article text as published (`blinken-beijing.txt`, byte for byte). Parsed on import so the
 * JSON's strings are typed as the brief's enums and a broken edit fails loudly at once.
 */
export const blinkenBeijing: Brief = parseBrief(data);
