import { css } from "./css.js";

/**
 * Design tokens. Public `--diplo-*` custom properties set from outside win; the private `--_*`
 * copies hold the resolved light or dark value. Every pair of text and background colours here
 * meets WCAG 2.2 AA (4.5:1) in both themes.
 */
export const tokens = css`
  :host {
    --_bg: var(--diplo-color-background, light-dark(#ffffff, #15181c));
    --_surface: var(--diplo-color-surface, light-dark(#f4f6f8, #1f242a));
    --_text: var(--diplo-color-text, light-dark(#1a1e23, #eceff3));
    --_muted: var(--diplo-color-muted, light-dark(#4d5661, #aab3bf));
    --_border: var(--diplo-color-border, light-dark(#c4cad2, #46505c));
    --_accent: var(--diplo-color-accent, light-dark(#0a58a8, #8cc4ff));
    --_on-accent: var(--diplo-color-on-accent, light-dark(#ffffff, #0b1620));
    --_mark: var(--diplo-color-mark, light-dark(#ffe58f, #6b5400));
    --_dispute: var(--diplo-color-dispute, light-dark(#a3261a, #ffb3a8));
    --_cooperation: var(--diplo-color-cooperation, light-dark(#1d6b36, #9be0b0));
    --_concern: var(--diplo-color-concern, light-dark(#7a5300, #ffd98a));
    --_space: var(--diplo-space, 0.75rem);
    --_radius: var(--diplo-radius, 0.5rem);
    display: block;
    color: var(--_text);
    font-family: var(--diplo-font-family, system-ui, sans-serif);
    font-size: var(--diplo-font-size, 1rem);
    line-height: 1.5;
    /* Every colour is light-dark(): the scheme picks, following the reader's unless a theme is set. */
    color-scheme: light dark;
  }
  :host([theme="light"]) {
    color-scheme: light;
  }
  :host([theme="dark"]) {
    color-scheme: dark;
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
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
