import { css } from "../shared/css.js";

/** Issue cards, and the nature marks the overview shares: shapes as well as colours. */
export const issueCardStyles = css`
  .nature .mark {
    border: 0;
    background: currentColor;
  }
  [data-nature="dispute"] {
    color: var(--_dispute);
  }
  [data-nature="dispute"] .mark {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  [data-nature="cooperation"] {
    color: var(--_cooperation);
  }
  [data-nature="cooperation"] .mark {
    border-radius: 50%;
  }
  [data-nature="concern"] {
    color: var(--_concern);
  }
  [data-nature="concern"] .mark {
    rotate: 45deg;
    scale: 0.8;
  }
  .parties {
    padding-inline-start: 1.125rem;
    font-size: 0.875em;
  }
`;
