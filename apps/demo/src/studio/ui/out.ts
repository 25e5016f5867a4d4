import type { Session } from "../model/index.js";

/** Where a reader's page loads the elements from, as the Embed page shows it. */
const CDN_SCRIPT = "https://cdn.jsdelivr.net/npm/@diplo-brief/elements/dist/cdn/diplo-brief.js";

/** The brief's file name: its title in lower case, words joined by hyphens. */
export function fileNameOf(session: Session): string {
  const slug = session.title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${slug || "brief"}.brief.json`;
}

/** The two lines that put the brief on any page, pointing at the downloaded file by its name. */
export function embedSnippet(session: Session): string {
  return `<script type="module" src="${CDN_SCRIPT}"></script>\n<diplo-brief src="${fileNameOf(session)}"></diplo-brief>`;
}
