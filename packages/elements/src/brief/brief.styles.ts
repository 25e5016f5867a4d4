import { css } from "../shared/css.js";

export const briefStyles = css`
  :host {
    container-type: inline-size;
  }
  .brief {
    font-size: 0.9375em;
    line-height: 1.4;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  section,
  .glance {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  section:focus {
    outline: none;
  }
  [part~="headline"] {
    font-size: 1.25em;
    line-height: 1.2;
  }
  [part~="meta"] {
    font-size: 0.875em;
  }
  [part~="section-heading"] {
    font-size: 1.1875em;
    border-block-end: 1px solid var(--_border);
  }
  [part~="group-heading"] {
    font-size: 0.8125em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .count {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~="contents"] ul,
  .glance ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .glance ul {
    flex-direction: column;
  }
  [part~="contents"] a {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    min-height: 1.75rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_text);
    text-decoration: none;
    font-size: 0.8125em;
  }
  .glance figcaption {
    display: inline;
    margin-inline-start: 0.25em;
  }
  .glance blockquote {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 1em;
  }
  .speaker {
    font-weight: 600;
  }
  /* The browser's own disclosure triangle (a shape it draws, not a glyph), the heading beside it. */
  .players summary {
    cursor: pointer;
  }
  .players summary > * {
    display: inline;
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  /* Off-screen cards skip style, layout and paint, yet stay findable and in the accessibility tree. */
  .grid > li > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .notice {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_concern);
    background: var(--_surface);
  }
  .filter:not([data-active]) {
    display: contents;
  }
  .loading {
    padding: var(--_space);
    color: var(--_muted);
  }
  @container (min-width: 34rem) {
    :host(:not([layout="compact"])) .grid,
    :host(:not([layout="compact"])) .overview {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    [part~="contents"] {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 62rem) {
    :host(:not([layout="compact"])) .issues .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
