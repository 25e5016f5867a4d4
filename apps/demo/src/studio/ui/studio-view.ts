import { problemsByItem, type Session } from "../model/index.js";
import { Announcer } from "./announcer.js";
import { ArticlePane } from "./article-pane.js";
import { keepingFocus } from "./focus.js";
import { ItemList } from "./item-list.js";
import { Preview } from "./preview.js";
import { ReviewBar } from "./review-bar.js";
import { SelectionToolbar } from "./selection-toolbar.js";
import { listenForHistoryKeys } from "./shortcuts.js";
import { Studio } from "./studio.js";
import { Toolbar } from "./toolbar.js";

/** The studio's fixed elements in studio.html, which each session's view fills. */
export interface StudioElements {
  readonly view: HTMLElement;
  readonly heading: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly snippet: HTMLElement;
  readonly announcer: HTMLElement;
  readonly reviewBar: HTMLElement;
  readonly article: HTMLElement;
  readonly selection: HTMLElement;
  readonly itemsPane: HTMLElement;
  readonly items: HTMLElement;
  readonly previewPane: HTMLElement;
}

/**
 * One brief in progress on screen: the article with its marks and the selection toolbar, the items
 * and their forms (or the preview), the review bar and the toolbar, all drawn from the session
 * after every change.
 */
export class StudioView {
  readonly studio: Studio;
  readonly #abort = new AbortController();
  readonly #draw: () => void;

  constructor(dom: StudioElements, session: Session, close: () => void) {
    const studio = (this.studio = new Studio(session));
    const { signal } = this.#abort;
    const announcer = new Announcer(dom.announcer);
    announcer.say("");
    const selection = new SelectionToolbar(dom.selection, studio, announcer);
    const pane = new ArticlePane(
      dom.article,
      (words) => selection.show(words),
      (id) => {
        studio.select(id);
        list.revealChosen();
      },
      signal,
    );
    const list = new ItemList(dom.items, { studio, announcer, reveal: (spans) => pane.reveal(spans) });
    const review = new ReviewBar(dom.reviewBar);
    const preview = new Preview(dom.previewPane, dom.itemsPane);
    preview.reset();
    const undo = (): void => {
      const undone = keepingFocus(() => studio.undo(), ["items"]);
      announcer.say(undone === undefined ? "Nothing to undo." : `Undone: ${undone}`);
    };
    const redo = (): void => {
      const redone = keepingFocus(() => studio.redo(), ["items"]);
      announcer.say(redone === undefined ? "Nothing to redo." : `Redone: ${redone}`);
    };
    const toolbar = new Toolbar(dom.toolbar, dom.snippet, studio, announcer, { undo, redo, togglePreview: () => preview.toggle(studio.session), close });
    listenForHistoryKeys(dom.view, undo, redo, signal);

    this.#draw = () => {
      const { brief } = studio;
      const problems = problemsByItem(brief);
      pane.show(brief, studio.selected);
      list.render(problems);
      selection.render();
      review.render(studio, problems.get("") ?? []);
      toolbar.render();
      preview.render(studio.session);
    };
    studio.addEventListener("change", () => keepingFocus(this.#draw), { signal });
    studio.addEventListener(
      "save",
      () => {
        review.renderSaved(studio);
        const save = studio.saveState;
        if (save.state === "failed") announcer.say(`The change could not be saved in this browser: ${save.reason}.`);
      },
      { signal },
    );
    dom.heading.textContent = session.title;
    this.#draw();
    studio.save();
  }

  /** Stops listening to the page: the next session gets a view of its own. */
  close(): void {
    this.#abort.abort();
  }
}
