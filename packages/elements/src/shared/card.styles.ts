import { css } from "lit";

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
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.5rem;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_dispute);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
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
  @media (forced-colors: active) {
    .card,
    .error {
      border-color: CanvasText;
    }
  }
`;
