import { css } from "../shared/css.js";

export const entityCardStyles = css`
  /* A toggle, and drawn as one: not a link. */
  [part~="select"] {
    min-height: 1.75rem;
    padding: 0 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    font-weight: 600;
    text-align: start;
  }
  [part~="select"][aria-pressed="true"] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
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
