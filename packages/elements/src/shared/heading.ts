import { html, nothing, type TemplateResult } from "lit";

/**
 * A real heading at `level` (clamped to h2–h6), so screen readers can navigate by it. `lang`, for
 * a heading of the article's words, gives it their language and their own direction.
 */
export function heading(level: number, content: unknown, part: string, lang?: string): TemplateResult {
  const dir = lang ? "auto" : nothing;
  switch (Math.min(Math.max(Math.trunc(level) || 2, 2), 6)) {
    case 2:
      return html`<h2 part=${part} lang=${lang ?? nothing} dir=${dir}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} lang=${lang ?? nothing} dir=${dir}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} lang=${lang ?? nothing} dir=${dir}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} lang=${lang ?? nothing} dir=${dir}>${content}</h5>`;
    default:
      return html`<h6 part=${part} lang=${lang ?? nothing} dir=${dir}>${content}</h6>`;
  }
}
