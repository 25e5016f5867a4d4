/**
 * Why drafting with a model stopped: `aborted` (the caller's signal), `timeout` (the `timeout`
 * option), `missing-package` (`ai` is not installed) or `failed` (the model's provider refused,
 * after retries where retrying could help). The provider's error is the `cause`.
 */
export type ModelDraftErrorCode = "aborted" | "timeout" | "missing-package" | "failed";

/** Thrown (the promise rejects) when drafting with a model cannot finish. */
export class ModelDraftError extends Error {
  override readonly name = "ModelDraftError";
  readonly code: ModelDraftErrorCode;

  constructor(code: ModelDraftErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
