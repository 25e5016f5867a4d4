/**
 * Says what just happened in a polite live region ("Entity “Hua Chunying” made."), so a person who
 * cannot see the list change still learns the result of a button or a shortcut. The same words
 * stay visible, for everybody.
 */
export class Announcer {
  readonly #region: HTMLElement;

  constructor(region: HTMLElement) {
    this.#region = region;
    region.setAttribute("role", "status");
  }

  say(...sentences: readonly string[]): void {
    this.#region.textContent = sentences.join(" ");
  }
}
