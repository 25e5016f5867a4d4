import { css } from "../shared/css.js";

export const briefStyles = css`
  :host {
    container-type: inline-size;
  }
  .brief {
    display: grid;
    gap: var(--_space);
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
    font-size: 1.375em;
    line-height: 1.25;
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
    gap: 0.25rem 0.5rem;
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
    padding: 0 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_text);
    text-decoration: none;
    font-size: 0.875em;
  }
  .glance blockquote {
    font-size: 1em;
  }
  .speaker {
    font-size: 0.875em;
    font-weight: 600;
  }
  .players summary {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
    list-style: none;
  }
  /* The disclosure's state as a chevron drawn with borders: no glyph a font may lack. */
  .players summary::before {
    content: "";
    width: 0.5em;
    height: 0.5em;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  .players[open] summary::before {
    transform: rotate(45deg);
  }
  .players h2,
  .players h3,
  .players h4 {
    flex: 1;
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
