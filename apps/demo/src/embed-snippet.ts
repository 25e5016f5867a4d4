/** Where a reader's page loads the elements from: the public CDN build. */
export const CDN_SCRIPT = "https://cdn.jsdelivr.net/npm/@diplo-brief/elements/dist/cdn/diplo-brief.js";

/** The two lines that put a brief on any page: the script, and the element pointing at the brief's JSON. */
export const embedSnippet = (src: string, script = CDN_SCRIPT): string =>
  `<script type="module" src="${script}"></script>\n<diplo-brief src="${src}"></diplo-brief>`;
