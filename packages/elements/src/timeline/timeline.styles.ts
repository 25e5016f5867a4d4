import { css } from "../shared/css.js";

export const timelineStyles = css`
  ol {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  li {
    position: relative;
  }
  /* On the card, not the item, whose dot sits outside it: off-screen cards skip style, layout and paint. */
  li > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  li::before {
    content: "";
    position: absolute;
    inset-inline-start: calc(-1 * var(--_space) - 6px);
    inset-block-start: 1.1rem;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    li::before {
      background: CanvasText;
    }
  }
`;
