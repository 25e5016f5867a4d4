/** How a call is tried again after a rate limit (429) or a server error (5xx). */
export interface RetryPolicy {
  /** Tries after the first. */
  readonly retries: number;
  /** Milliseconds before the first retry; each next one waits twice as long, unless the server says how long (`Retry-After`). */
  readonly delay: number;
  readonly signal: AbortSignal;
}

/** The longest wait between tries, whatever a server asks. */
const MAX_DELAY = 60_000;

/** The HTTP status of a provider's error (the AI SDK's `APICallError`), if it has one. */
const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
};

/** Whether trying again may succeed: too many requests, or the server's own failure. */
export const isRetryable = (error: unknown): boolean => {
  const status = statusOf(error);
  return status === 429 || (status !== undefined && status >= 500 && status <= 599);
};

/** The wait a server asked for in `Retry-After` (seconds or a date), in milliseconds. */
function retryAfter(error: unknown): number | undefined {
  const headers = (error as { responseHeaders?: Record<string, string> } | null)?.responseHeaders;
  const value = headers?.["retry-after"] ?? headers?.["Retry-After"];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `attempt`, and again after a retryable failure, with exponential backoff, up to
 * `policy.retries` more times. `onRetry` hears of each retry. Other errors, and the last one,
 * are thrown.
 */
export async function withRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy, onRetry: (error: unknown) => void): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= policy.retries || !isRetryable(error) || policy.signal.aborted) throw error;
      onRetry(error);
      await wait(Math.min(MAX_DELAY, retryAfter(error) ?? policy.delay * 2 ** tried), policy.signal);
    }
  }
}
