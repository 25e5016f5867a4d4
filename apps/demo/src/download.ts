/** Saves `data` as a JSON file called `name`, made in the page: nothing is uploaded. */
export function downloadJson(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  link.click();
  // The download reads the URL after this task, so it is revoked a moment later rather than now.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
