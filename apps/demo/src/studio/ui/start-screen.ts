import { type Brief, safeParseBriefJson } from "@diplo-brief/core";
import type { DraftInput } from "@diplo-brief/draft";
import { type ArticleFile, ArticleFileError, readArticleFile } from "../../draft/article-file.js";
import { type Drafter, drafter, htmlDrafter, type LazyModule, type Loaded, readyWithStatus, whenIdle } from "../../draft/drafter.js";
import { listenForFileDrops } from "../../draft/file-drops.js";
import { ErrorSummary, type FormProblem } from "../../draft/form-errors.js";
import { deleteSession, listSessions, loadSession, newSession, type Session } from "../model/index.js";
import { confirmAction } from "./confirm-dialog.js";
import { button, element } from "./dom.js";
import { focusFirst } from "./focus.js";

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Waits for the page to paint, so "Drafting…" shows before the drafter holds the main thread. */
const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const updatedAt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Briefs in an open file or at a URL are shown with at most this many of their problems. */
const SHOWN_PROBLEMS = 10;

/** The article's details the person may give, by the drafter's names for them. */
type Detail = "headline" | "published" | "source";

/**
 * Where a brief in progress starts: an article pasted, dropped or opened as a file, drafted in this
 * browser; a brief opened from a file or a URL; or one of the briefs in progress in this browser,
 * with how far each one's review has come.
 */
export class StartScreen {
  readonly #root: HTMLElement;
  readonly #open: (session: Session) => void;
  readonly #text: HTMLTextAreaElement;
  readonly #details: Readonly<Record<Detail, HTMLInputElement>>;
  readonly #draftForm: HTMLFormElement;
  readonly #articleFile: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #draftErrors: ErrorSummary;
  readonly #briefFile: HTMLInputElement;
  readonly #url: HTMLInputElement;
  readonly #openErrors: ErrorSummary;
  readonly #sessions: HTMLElement;
  #busy = false;

  constructor(root: HTMLElement, open: (session: Session) => void) {
    this.#root = root;
    this.#open = open;
    const get = <T extends HTMLElement>(selector: string): T => root.querySelector(selector) as T;
    this.#text = get("#article-text");
    this.#details = { headline: get("#article-headline"), published: get("#article-published"), source: get("#article-source") };
    this.#draftForm = get("#draft-form");
    this.#articleFile = get("#article-file");
    this.#status = get("#drafter-status");
    this.#draftErrors = new ErrorSummary(get("#draft-errors"));
    this.#briefFile = get("#brief-file");
    this.#url = get("#brief-url");
    this.#openErrors = new ErrorSummary(get("#open-errors"));
    this.#sessions = get("#sessions");

    this.#draftForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#exclusively(() => this.#draftText());
    });
    this.#articleFile.addEventListener("change", () => {
      const file = this.#articleFile.files?.[0];
      if (file) void this.#exclusively(() => this.#draftFile(file));
    });
    listenForFileDrops(get("#drop-zone"), (file) => void this.#exclusively(() => this.#draftFile(file)));
    this.#briefFile.addEventListener("change", () => {
      const file = this.#briefFile.files?.[0];
      if (file) void this.#exclusively(() => this.#openBrief(file.name, () => file.text(), this.#briefFile));
    });
    get<HTMLFormElement>("#open-form").addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#exclusively(() => this.#openUrl());
    });
    whenIdle(() => {
      this.#ready(drafter).catch(() => this.#setStatus("The drafter could not be loaded yet: it is tried again when you press Draft."));
    });
  }

  /** Lists the briefs in progress in this browser, the latest first. */
  async refresh(): Promise<void> {
    let sessions: Awaited<ReturnType<typeof listSessions>>;
    try {
      sessions = await listSessions();
    } catch (error) {
      this.#sessions.replaceChildren(element("p", "studio-error", `The briefs in progress could not be read from this browser: ${messageOf(error)}`));
      return;
    }
    if (sessions.length === 0) {
      this.#sessions.replaceChildren(element("p", "hint", "None yet: a brief you draft or open here is kept in this browser as you work on it."));
      return;
    }
    const list = element("ul", "studio-sessions");
    // The one changed last comes first.
    for (const { id, title, updated, reviewed, total } of sessions) {
      const go = button("Continue", `continue:${id}`, () => void this.#continue(id, title), "");
      go.setAttribute("aria-label", `Continue ${title}`);
      const remove = button("Delete", `delete:${id}`, () => void this.#delete(id, title));
      remove.setAttribute("aria-label", `Delete ${title}`);
      list.append(
        element(
          "li",
          "studio-session",
          element("span", "studio-session-title", title),
          element("span", "hint", `${reviewed} of ${total} reviewed · last changed ${updatedAt.format(updated)}`),
          element("span", "studio-item-actions", go, remove),
        ),
      );
    }
    this.#sessions.replaceChildren(list);
  }

  async #continue(id: string, title: string): Promise<void> {
    const session = await loadSession(id);
    if (session) this.#open(session);
    else {
      await this.refresh();
      this.#sessions.prepend(element("p", "studio-error", `${title} is no longer in this browser.`));
    }
  }

  async #delete(id: string, title: string): Promise<void> {
    const confirmed = await confirmAction(`Delete ${title}?`, ["Its edits and reviews are removed from this browser. A brief you downloaded is not affected."], "Delete");
    if (!confirmed) return;
    const keys = [...this.#sessions.querySelectorAll<HTMLElement>("[data-key^='continue:']")].map((control) => control.dataset.key as string);
    const at = keys.indexOf(`continue:${id}`);
    await deleteSession(id);
    await this.refresh();
    focusFirst([...keys.slice(at + 1), ...keys.slice(0, at).reverse(), "sessions"]);
  }

  /** Runs one task at a time: a second press meanwhile is ignored. */
  async #exclusively(task: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#draftErrors.clear();
    this.#openErrors.clear();
    try {
      await task();
    } finally {
      this.#busy = false;
    }
  }

  #setStatus(message: string, working = false): void {
    this.#status.textContent = message;
    this.#status.classList.toggle("busy", working);
  }

  /** A module of the drafter, loaded if it is not yet, saying so meanwhile. */
  #ready<T>(lazy: LazyModule<T>): Promise<Loaded<T>> {
    return readyWithStatus(lazy, (message, busy) => this.#setStatus(message, busy));
  }

  #input(text: string): DraftInput {
    const given = Object.entries(this.#details)
      .map(([name, field]) => [name, field.value.trim()])
      .filter(([, value]) => value !== "");
    return { ...Object.fromEntries(given), text };
  }

  /** The drafter's messages start with the field they concern ("published: …"): said with its label, linked to it. */
  #problemsOf(error: unknown, { BlankArticleError, DraftInputError }: Drafter): FormProblem[] {
    if (error instanceof BlankArticleError) return [{ message: `Article text: ${error.message}`, field: this.#text }];
    if (!(error instanceof DraftInputError)) return [{ message: `The drafter failed on this article: ${messageOf(error)}` }];
    return error.problems.map((problem) => {
      const [, name = "", rest = problem] = /^(\w+): ([\s\S]*)$/.exec(problem) ?? [];
      const field = Object.hasOwn(this.#details, name) ? this.#details[name as Detail] : undefined;
      const label = field?.labels?.[0]?.textContent?.trim();
      return label ? { message: `${label}: ${rest}`, field } : { message: problem };
    });
  }

  /** Drafts with `draft` once the drafter is loaded, and opens the draft as a new brief in progress. */
  async #draft(modules: LazyModule<unknown>[], draft: (core: Drafter) => Promise<Brief> | Brief, doing: string): Promise<void> {
    let core: Drafter;
    try {
      const [loaded] = await Promise.all([this.#ready(drafter), ...modules.map((module) => this.#ready(module))]);
      core = loaded.module;
    } catch (error) {
      this.#draftErrors.show([{ message: `The drafter could not be loaded (${messageOf(error)}). Check the connection, then try again.` }]);
      return;
    }
    this.#setStatus(doing, true);
    await painted();
    try {
      const brief = await draft(core);
      this.#setStatus("");
      // The draft is kept with the briefs in progress; the form is ready for the next article.
      this.#draftForm.reset();
      this.#open(newSession(brief));
    } catch (error) {
      this.#setStatus("");
      // By name: the class is in the HTML drafter's module, which a text article never loads.
      const notAnArticle = error instanceof Error && error.name === "NoArticleError";
      this.#draftErrors.show(notAnArticle ? [{ message: error.message, field: this.#articleFile }] : this.#problemsOf(error, core));
    }
  }

  #draftText(): Promise<void> {
    return this.#draft([], (core) => core.draftBrief(this.#input(this.#text.value)).brief, "Drafting…");
  }

  async #draftFile(file: File): Promise<void> {
    let content: ArticleFile;
    try {
      content = await readArticleFile(file);
    } catch (error) {
      const message = error instanceof ArticleFileError ? error.message : `${file.name} could not be read: ${messageOf(error)}`;
      this.#draftErrors.show([{ message, field: this.#articleFile }]);
      return;
    }
    // The details typed for another article are not this file's.
    for (const field of Object.values(this.#details)) field.value = "";
    if (content.kind === "text") {
      this.#text.value = content.text;
      return this.#draftText();
    }
    const { html } = content;
    return this.#draft(
      [htmlDrafter],
      async () => {
        // Loaded already, with the drafter, before this runs.
        const page = (await htmlDrafter.load()).module;
        // The browser's own parser: it runs no script of the page and loads nothing it links to.
        const result = await page.draftFromHtml(html, { parse: (source) => new DOMParser().parseFromString(source, "text/html") });
        return result.brief;
      },
      `Taking the article out of ${file.name} and drafting it…`,
    );
  }


  async #openUrl(): Promise<void> {
    const address = this.#url.value.trim();
    if (!address) return this.#openErrors.show([{ message: "Brief's URL: enter the address of a brief's JSON first.", field: this.#url }]);
    return this.#openBrief(
      address,
      async () => {
        const response = await fetch(new URL(address, location.href));
        if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
        return response.text();
      },
      this.#url,
    );
  }

  /** Opens the brief `read` returns as a new brief in progress, or says why it cannot be. */
  async #openBrief(name: string, read: () => Promise<string>, field: HTMLElement): Promise<void> {
    let json: string;
    try {
      json = await read();
    } catch (error) {
      return this.#openErrors.show([{ message: `${name} could not be read: ${messageOf(error)}.`, field }]);
    }
    const parsed = safeParseBriefJson(json);
    if (!parsed.success) {
      const { problems } = parsed;
      const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem): FormProblem => ({ message: `${name}: ${problem.message}` }));
      const more = problems.length > SHOWN_PROBLEMS ? [{ message: `and ${problems.length - SHOWN_PROBLEMS} more problems.` }] : [];
      return this.#openErrors.show([{ message: `${name} is not a brief this studio can open:`, field }, ...shown, ...more]);
    }
    this.#open(newSession(parsed.data));
  }

  /** Focuses the list of briefs in progress: after closing one, the person lands where they can choose the next. */
  focus(): void {
    this.#root.querySelector<HTMLElement>("#sessions-heading")?.focus();
  }
}
