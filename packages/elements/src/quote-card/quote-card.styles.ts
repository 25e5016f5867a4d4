import { css } from "../shared/css.js";

export const quoteCardStyles = css`
  blockquote {
    font-size: 1.0625em;
    quotes: auto;
  }
  blockquote::before {
    content: open-quote;
  }
  blockquote::after {
    content: close-quote;
  }
  .paraphrase {
    font-style: italic;
  }
  figcaption {
    font-size: 0.875em;
  }
  .speaker {
    font-weight: 600;
  }
`;
