// The single-file build for <script type="module">: every element registered, plus the API.
import "./define.js";

export * from "./index.js";
