import type { BrowserCommand } from "vitest/node";

export type Media = {
  colorScheme?: "light" | "dark" | null;
  reducedMotion?: "reduce" | "no-preference" | null;
  forcedColors?: "active" | "none" | null;
};

/** Lets a test switch the page's media features the way a reader's settings would. */
export const emulateMedia: BrowserCommand<[Media]> = async (context, media) => {
  if (context.provider.name !== "playwright") throw new Error("emulateMedia needs the playwright provider");
  const page = (context as unknown as { page: { emulateMedia(media: Media): Promise<void> } }).page;
  await page.emulateMedia(media);
};

declare module "vitest/browser" {
  interface BrowserCommands {
    emulateMedia: (media: Media) => Promise<void>;
  }
}
