/**
 * Ctrl+Z (Cmd+Z on a Mac) undoes, and with Shift (or Ctrl+Y) redoes, anywhere in the studio but
 * in a field being typed in, where they undo the typing as usual. The article is read-only, so
 * there they are the studio's.
 */
export function listenForHistoryKeys(scope: HTMLElement, undo: () => void, redo: () => void, signal: AbortSignal): void {
  scope.addEventListener(
    "keydown",
    (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.matches("input, textarea, select") || (target.isContentEditable && target.getAttribute("aria-readonly") !== "true")) return;
      const key = event.key.toLowerCase();
      if (key === "z") {
        event.preventDefault();
        (event.shiftKey ? redo : undo)();
      } else if (key === "y" && !event.shiftKey) {
        event.preventDefault();
        redo();
      }
    },
    { signal },
  );
}
