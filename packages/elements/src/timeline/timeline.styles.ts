import { css } from "../shared/css.js";

export const timelineStyles = css`
  /* The axis: a line, a dot per dated event, a year where each year starts. Undated events get
     no line, since their order in time is not known. */
  .axis,
  .undated {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .axis {
    padding-inline-start: var(--_space);
    border-inline-start: 2px solid var(--_border);
  }
  .axis > li {
    position: relative;
  }
  .axis > li::before {
    content: "";
    position: absolute;
    inset-inline-start: calc(-1 * var(--_space) - 6px);
    top: 0.6rem;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .year {
    font-weight: 700;
  }
  /* On the card, not the item, whose dot sits outside it: off-screen cards skip style, layout and paint. */
  .axis article {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  @media (forced-colors: active) {
    .axis > li::before {
      background: CanvasText;
    }
  }
`;
