/** Flags headless Chromium needs on these machines. */
export declare const chromiumArgs: string[];
/** The path of a real Chromium, or an error saying how to get one. */
export declare function findChromium(): string;
