// The embed file, for <script type="module">: <diplo-brief> registered, and its API. Pages that
// also place the cards or the timeline on their own load diplo-brief-all.js instead (cdn-all.ts).
import { DiploBrief } from "./brief/brief.js";
import { define } from "./define-element.js";

define("diplo-brief", DiploBrief);

export * from "./brief-api.js";
