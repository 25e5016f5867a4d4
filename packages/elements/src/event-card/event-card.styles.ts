import { css } from "../shared/css.js";

export const eventCardStyles = css`
  .status {
    font-weight: 600;
  }
  .status-symbol {
    margin-inline-end: 0.25em;
  }
  :host([status="postponed"]) .status,
  :host([status="cancelled"]) .status {
    color: var(--_dispute);
  }
  :host([status="possible"]) .card,
  :host([status="expected"]) .card,
  :host([status="scheduled"]) .card {
    border-style: dashed;
  }
`;
