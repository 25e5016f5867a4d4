import { css } from "../shared/css.js";

export const issueCardStyles = css`
  .nature-dispute {
    color: var(--_dispute);
  }
  .nature-cooperation {
    color: var(--_cooperation);
  }
  .nature-concern {
    color: var(--_concern);
  }
  .parties {
    padding-inline-start: 1.125rem;
    font-size: 0.875em;
  }
`;
