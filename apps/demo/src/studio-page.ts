import "./nav.js";
import "@diplo-brief/elements/define";
import { loadSession, type Session } from "./studio/model/index.js";
import { StartScreen } from "./studio/ui/start-screen.js";
import { type StudioElements, StudioView } from "./studio/ui/studio-view.js";

const byId = (id: string): HTMLElement => document.getElementById(id) as HTMLElement;

const startView = byId("start");
const dom: StudioElements = {
  view: byId("studio"),
  heading: byId("studio-heading"),
  toolbar: byId("studio-toolbar"),
  snippet: byId("embed-snippet"),
  announcer: byId("announcer"),
  reviewBar: byId("review-bar"),
  article: byId("studio-article"),
  selection: byId("selection-toolbar"),
  itemsPane: byId("items-pane"),
  items: byId("items"),
  previewPane: byId("preview-pane"),
};

/** The open brief's id is in the address (`?session=…`), so a reload, or a bookmark, comes back to it. */
const PARAM = "session";

let view: StudioView | undefined;

/** Shows a brief in progress; `focus` moves focus to its heading, as after the person's own action. */
function open(session: Session, focus: boolean): void {
  view?.close();
  view = new StudioView(dom, session, () => void close());
  const url = new URL(location.href);
  if (url.searchParams.get(PARAM) !== session.id) {
    url.searchParams.set(PARAM, session.id);
    history.pushState(null, "", url);
  }
  document.title = `diplo-brief · Studio · ${session.title}`;
  startView.hidden = true;
  dom.view.hidden = false;
  if (focus) dom.heading.focus();
}

async function showStart(): Promise<void> {
  view?.close();
  view = undefined;
  document.title = "diplo-brief · Studio";
  dom.view.hidden = true;
  startView.hidden = false;
  await start.refresh();
}

async function close(): Promise<void> {
  const url = new URL(location.href);
  url.searchParams.delete(PARAM);
  history.pushState(null, "", url);
  await showStart();
  start.focus();
}

const start = new StartScreen(startView, (session) => open(session, true));

/** Opens what the address names: the brief in progress it holds, or the start. */
async function route(focus: boolean): Promise<void> {
  const id = new URLSearchParams(location.search).get(PARAM);
  const session = id === null ? undefined : await loadSession(id);
  if (session) open(session, focus);
  else await showStart();
}

addEventListener("popstate", () => void route(true));
void route(false);
