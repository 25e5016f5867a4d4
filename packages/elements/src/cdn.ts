// The single-file build for <script type="module">: every element registered, plus the API.
import "./timeline/order-events.js";
import "./brief/sections.js";
import "lit/directives/guard.js";
import "./shared/items.js";
import "./shared/item-card.js";
import "./define.js";

export * from "./index.js";
