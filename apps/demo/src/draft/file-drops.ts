const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes("Files") ?? false;

/**
 * Takes files dropped on `zone` (marked `dragging` while one is over it) and hands the first to
 * `open`. A file dropped anywhere else on the page is refused: the browser would otherwise replace
 * the page with the file, and the reader's work with it.
 */
export function listenForFileDrops(zone: HTMLElement, open: (file: File) => void, signal?: AbortSignal): void {
  const options = signal ? { signal } : {};
  zone.addEventListener(
    "dragover",
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
      zone.classList.add("dragging");
    },
    options,
  );
  zone.addEventListener("dragleave", (event) => {
    if (!zone.contains(event.relatedTarget as Node | null)) zone.classList.remove("dragging");
  }, options);
  zone.addEventListener(
    "drop",
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      zone.classList.remove("dragging");
      const file = event.dataTransfer?.files[0];
      if (file) open(file);
    },
    options,
  );
  for (const type of ["dragover", "drop"] as const) {
    addEventListener(
      type,
      (event) => {
        if (!carriesFiles(event) || zone.contains(event.target as Node | null)) return;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = "none";
      },
      options,
    );
  }
}
