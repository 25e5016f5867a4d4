import { css } from "../shared/css.js";

/** Event cards, and the status marks the overview shares: shapes drawn in CSS, never font glyphs. */
export const eventCardStyles = css`
  .status {
    font-weight: 600;
  }
  .status .mark {
    border-radius: 50%;
  }
  [data-status="occurred"] .mark {
    background: currentColor;
  }
  [data-status="ongoing"] .mark {
    background: linear-gradient(90deg, currentColor 50%, #0000 0);
  }
  [data-status="possible"] .mark {
    border-style: dotted;
  }
  [data-status="postponed"] .mark {
    border-block: 0;
    border-radius: 0;
  }
  [data-status="cancelled"] .mark {
    border: 0;
    background: linear-gradient(45deg, #0000 40%, currentColor 0 60%, #0000 0), linear-gradient(-45deg, #0000 40%, currentColor 0 60%, #0000 0);
  }
  .status[data-status="postponed"],
  .status[data-status="cancelled"] {
    color: var(--_dispute);
  }
  .card[data-status="possible"],
  .card[data-status="expected"],
  .card[data-status="scheduled"] {
    border-style: dashed;
  }
`;
