import { css } from "./css.js";

const dark = css`
  --_bg: var(--diplo-color-background, #15181c);
  --_surface: var(--diplo-color-surface, #1f242a);
  --_text: var(--diplo-color-text, #eceff3);
  --_muted: var(--diplo-color-muted, #aab3bf);
  --_border: var(--diplo-color-border, #46505c);
  --_accent: var(--diplo-color-accent, #8cc4ff);
  --_on-accent: var(--diplo-color-on-accent, #0b1620);
  --_mark: var(--diplo-color-mark, #6b5400);
  --_dispute: var(--diplo-color-dispute, #ffb3a8);
  --_cooperation: var(--diplo-color-cooperation, #9be0b0);
  --_concern: var(--diplo-color-concern, #ffd98a);
`;

/**
 * Design tokens. Public `--diplo-*` custom properties set from outside win; the private `--_*`
 * copies hold the resolved light or dark value. Every pair of text and background colours here
 * meets WCAG 2.2 AA (4.5:1) in both themes.
 */
export const tokens = css`
  :host {
    --_bg: var(--diplo-color-background, #ffffff);
    --_surface: var(--diplo-color-surface, #f4f6f8);
    --_text: var(--diplo-color-text, #1a1e23);
    --_muted: var(--diplo-color-muted, #4d5661);
    --_border: var(--diplo-color-border, #c4cad2);
    --_accent: var(--diplo-color-accent, #0a58a8);
    --_on-accent: var(--diplo-color-on-accent, #ffffff);
    --_mark: var(--diplo-color-mark, #ffe58f);
    --_dispute: var(--diplo-color-dispute, #a3261a);
    --_cooperation: var(--diplo-color-cooperation, #1d6b36);
    --_concern: var(--diplo-color-concern, #7a5300);
    --_space: var(--diplo-space, 0.75rem);
    --_radius: var(--diplo-radius, 0.5rem);
    display: block;
    color: var(--_text);
    font-family: var(--diplo-font-family, system-ui, sans-serif);
    font-size: var(--diplo-font-size, 1rem);
    line-height: 1.5;
    color-scheme: light;
  }
  :host([theme="dark"]) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme="light"])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  blockquote {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--diplo-color-focus, var(--_accent));
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Motion only for readers who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s, box-shadow 0.15s;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
