import { embedSnippet as snippetFor } from "../../embed-snippet.js";
import { fileSlug } from "../../file-slug.js";
import type { Session } from "../model/index.js";

/** The brief's file name: its title in lower case, words joined by hyphens. */
export const fileNameOf = (session: Session): string => `${fileSlug(session.title, "brief")}.brief.json`;

/** The two lines that put the brief on any page, pointing at the downloaded file by its name. */
export const embedSnippet = (session: Session): string => snippetFor(fileNameOf(session));
