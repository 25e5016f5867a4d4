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

  .evidence {
    font-size: 0.875em;
  }
  .evidence button {
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  .evidence button:hover {
    background: var(--_bg);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .status:empty {
    display: none;
  }
  .status {
    margin-block-start: 0.25rem;
    color: var(--_muted);
  }
  blockquote {
    margin-block-start: 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .card,
    .error {
      border-color: CanvasText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
    .evidence button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
