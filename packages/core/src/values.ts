/** Any object, arrays included: something whose properties can be read. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** An object that is not an array: a brief's record, an item, a claim. */
export const isRecord = (value: unknown): value is Record<string, unknown> => isObject(value) && !Array.isArray(value);
