import { downloadJson } from "../../download.js";
import { briefOut } from "../model/index.js";
import type { Announcer } from "./announcer.js";
import { button, element, setAvailable } from "./dom.js";
import { embedSnippet, fileNameOf } from "./out.js";
import type { Studio } from "./studio.js";

/** What the toolbar asks of the page. */
export interface ToolbarActions {
  readonly undo: () => void;
  readonly redo: () => void;
  /** Shows the preview in place of the items, or the items again; whether the preview is now shown. */
  readonly togglePreview: () => boolean;
  /** Back to the start, where the other briefs in progress are. */
  readonly close: () => void;
}

/**
 * The studio's commands: undo and redo (also Ctrl or Cmd+Z, Shift+Ctrl or Cmd+Z), the preview,
 * and the way out: the brief as JSON, and the two lines that embed it, shown and copied.
 */
export class Toolbar {
  readonly #undo: HTMLButtonElement;
  readonly #redo: HTMLButtonElement;
  readonly #snippet: HTMLElement;
  readonly #studio: Studio;

  constructor(root: HTMLElement, snippetBox: HTMLElement, studio: Studio, announcer: Announcer, actions: ToolbarActions) {
    this.#studio = studio;
    // Pressed when unavailable, they say there is nothing to undo or redo.
    this.#undo = button("Undo", "undo", actions.undo);
    this.#undo.setAttribute("aria-keyshortcuts", "Control+Z Meta+Z");
    this.#redo = button("Redo", "redo", actions.redo);
    this.#redo.setAttribute("aria-keyshortcuts", "Control+Shift+Z Meta+Shift+Z");
    const preview = button("Preview", "preview", () => preview.setAttribute("aria-pressed", String(actions.togglePreview())));
    preview.setAttribute("aria-pressed", "false");
    const download = button("Download the brief (JSON)", "download", () => {
      downloadJson(fileNameOf(this.#studio.session), briefOut(this.#studio.session));
      announcer.say(`Downloaded ${fileNameOf(this.#studio.session)}.`);
    }, "");
    const copy = button("Copy the embed snippet", "copy", async () => {
      try {
        await navigator.clipboard.writeText(embedSnippet(this.#studio.session));
        announcer.say("Copied the embed snippet. Put the downloaded brief beside the page, under the same name.");
      } catch {
        announcer.say("Copying was not allowed: select the snippet under “Embed snippet” and copy it by hand.");
      }
    });
    const close = button("All briefs", "close", actions.close);
    close.setAttribute("aria-label", "All briefs in progress");
    const group = (label: string, ...controls: HTMLElement[]): HTMLElement => {
      const made = element("div", "studio-toolbar-group", ...controls);
      made.setAttribute("role", "group");
      made.setAttribute("aria-label", label);
      return made;
    };
    root.replaceChildren(group("History", this.#undo, this.#redo), group("The brief", preview, download, copy), close);
    this.#snippet = snippetBox;
  }

  render(): void {
    setAvailable(this.#undo, this.#studio.canUndo);
    setAvailable(this.#redo, this.#studio.canRedo);
    this.#snippet.textContent = embedSnippet(this.#studio.session);
  }
}
