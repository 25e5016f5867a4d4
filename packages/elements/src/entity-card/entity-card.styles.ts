import { css } from "../shared/css.js";

export const entityCardStyles = css`
  [part~="select"] {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  [part~="select"][aria-pressed="true"] {
    color: var(--_on-accent);
    background: var(--_accent);
    text-decoration: none;
    padding: 0 0.25rem;
    border-radius: 0.25rem;
  }
  :host([selected]) .card {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .roles {
    padding: 0;
    list-style: none;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    [part~="select"][aria-pressed="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
