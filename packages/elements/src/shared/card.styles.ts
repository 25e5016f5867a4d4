import { css } from "./css.js";

/** The frame every card shares, and the error panel's look. */
export const cardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    height: 100%;
  }
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  [part~="title"] {
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.5rem;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_dispute);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .error ul {
    padding-inline-start: 1.25rem;
  }
  .error code {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  :host([compact]) .card {
    padding: calc(var(--_space) / 2);
  }

  .evidence {
    font-size: 0.875em;
  }
  .evidence button {
    min-height: 1.75rem;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .said:empty {
    display: none;
  }
  .said {
    margin-block-start: 0.25rem;
    color: var(--_muted);
  }
  /* Status and nature marks: shapes drawn in CSS, never font glyphs a font may lack. */
  .mark {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.3em;
    border: 2px solid;
  }
  blockquote {
    margin-block-start: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
  }
  /* Controls that need the script stay out of reach until it runs (server-rendered markup). */
  :host(:not([data-ready])) :is(button, summary, nav) {
    visibility: hidden;
  }
`;
