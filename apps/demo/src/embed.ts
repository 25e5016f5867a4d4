import "./nav.js";
import { embedSnippet } from "./embed-snippet.js";

// What a reader copies points at the public CDN; the live copy at this site's own files, so it
// works offline and under any base path. Nothing here imports the elements: the CDN file alone
// must be enough.
(document.querySelector("#snippet") as HTMLElement).textContent = embedSnippet("brief.json");

document.querySelector("#copy")?.addEventListener("click", async () => {
  const status = document.querySelector("#copied") as HTMLElement;
  try {
    await navigator.clipboard.writeText(embedSnippet("brief.json"));
    status.textContent = "Copied.";
  } catch {
    status.textContent = "Copying was not allowed: select the snippet and copy it by hand.";
  }
});

const script = Object.assign(document.createElement("script"), {
  type: "module",
  src: new URL("./diplo-brief.js", location.href).href,
});
const element = document.createElement("diplo-brief");
element.setAttribute("src", new URL("./briefs/blinken-beijing.json", location.href).href);
document.querySelector("#live")?.append(element);
document.head.append(script);
