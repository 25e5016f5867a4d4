import { css } from "../shared/css.js";

export const briefStyles = css`
  :host {
    container-type: inline-size;
  }
  .brief {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  [part~="headline"] {
    font-size: 1.375em;
    line-height: 1.25;
  }
  [part~="section-heading"] {
    font-size: 1.1875em;
    padding-block-end: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  [part~="group-heading"] {
    font-size: 0.9375em;
    color: var(--_muted);
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
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .filter:not([data-active]) {
    display: contents;
  }
  .filter button {
    padding: 0.25rem 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .loading {
    padding: var(--_space);
    color: var(--_muted);
  }
  @container (min-width: 34rem) {
    :host(:not([layout="compact"])) .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 62rem) {
    :host(:not([layout="compact"])) .players .grid,
    :host(:not([layout="compact"])) .issues .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (max-width: 24rem) {
    .brief {
      padding: calc(var(--_space) / 2);
    }
  }
  :host([layout="compact"]) .brief {
    gap: var(--_space);
    padding: calc(var(--_space) / 2);
  }
  @media (forced-colors: active) {
    .brief,
    .filter {
      border-color: CanvasText;
    }
    .filter button {
      border: 1px solid ButtonText;
    }
  }
`;
