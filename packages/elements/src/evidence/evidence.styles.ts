import { css } from "lit";

export const evidenceStyles = css`
  :host {
    font-size: 0.875em;
  }
  button {
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
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
    mark {
      background: Mark;
      color: MarkText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
