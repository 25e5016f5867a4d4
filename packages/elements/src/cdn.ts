// The single-file build for <script type="module">: every element registered, plus the API.
// The modules imported before define.js only come first in the file, which gzip then compresses
// about 150 bytes smaller (measured with the file as it is: the order that does best changes
// with the code, so measure again after large changes).
import "./timeline/order-events.js";
import "./brief/sections.js";
import "lit/directives/guard.js";
import "./shared/items.js";
import "./shared/item-card.js";
import "./entity-card/entity-card.styles.js";
import "./timeline/timeline.styles.js";
import "./define.js";

export * from "./index.js";
