import type { Brief } from "@diplo-brief/core";
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from "lit";
import { type BriefSource, type DiploBriefErrorDetail, emit, isError } from "../shared/events.js";
import type { DiploStringKey } from "../shared/strings.js";

export type LoadState =
  | { readonly status: "empty" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly brief: Brief; readonly source: BriefSource }
  | { readonly status: "error"; readonly error: DiploBriefErrorDetail };

/** What the loader reads from its element. */
export interface LoaderHost extends ReactiveControllerHost, HTMLElement {
  readonly brief?: unknown;
  readonly src?: string;
  readonly timeout: number;
  readonly maxSize: number;
}

export interface LoaderOptions {
  /** The valid brief `input` is, or the error to show instead: the one place an invalid brief's error is made. */
  readonly accept: (input: unknown) => Brief | DiploBriefErrorDetail;
  readonly t: (key: DiploStringKey, values?: Record<string, string | number>) => string;
  readonly locale: () => string;
  /** Called on every new state, before the element draws it. */
  readonly settled: () => void;
}

export const defaultTimeout = 30_000;
/** 20 MB of 1024 × 1024 bytes, the CLI's limit too: larger than any real brief by far (the seed is 55 KB). */
export const defaultMaxSize = 20_971_520;

const positive = (value: number, fallback: number): number => (value > 0 ? value : fallback);

/**
 * Where a brief comes from, in one place: the `brief` property, else `src`, else an inline
 * `<script type="application/json">` child, watched for edits. Fetches are cancelled by a newer
 * `src` and by leaving the page (coming back loads again), time out, and stop at a size limit
 * while the body streams. `diplo-brief-load` and `diplo-brief-error` go out after the element has
 * drawn the result, and only while it is in the page.
 */
export class BriefLoader implements ReactiveController {
  state: LoadState = { status: "empty" };

  #inline: string | undefined;
  #request: AbortController | undefined;
  #pending: (() => void) | undefined;
  // Made on connection, not construction: server-side rendering constructs elements where no
  // MutationObserver exists.
  #observer: MutationObserver | undefined;

  constructor(
    private readonly host: LoaderHost,
    private readonly options: LoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#inline = this.#readInline();
    this.#observer ??= new MutationObserver(() => {
      const inline = this.#readInline();
      if (inline === this.#inline) return;
      this.#inline = inline;
      this.#reload();
    });
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back in the page: a load cut short by leaving it starts again, and a result reached while
    // away is announced now.
    if (this.state.status === "loading" && !this.#request) this.#reload();
    else if (this.#pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#request?.abort();
    this.#request = undefined;
  }

  /** From the element's willUpdate: loads again when the brief or `src` changed, and on the first update. */
  willUpdate(changed: PropertyValues, first: boolean): void {
    if (first || changed.has("brief") || changed.has("src")) this.#reload();
  }

  hostUpdated(): void {
    // Events go out after the render, so listeners find the element already showing the result,
    // and only in the page: a detached element keeps its news until it is back.
    if (!this.host.isConnected) return;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.();
  }

  #readInline(): string | undefined {
    return this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  #settle(state: LoadState): void {
    this.state = state;
    this.options.settled();
    this.host.requestUpdate();
    this.#pending =
      state.status === "ready"
        ? () => emit(this.host, "diplo-brief-load", { brief: state.brief, source: state.source })
        : state.status === "error"
          ? () => emit(this.host, "diplo-brief-error", state.error)
          : undefined;
  }

  #accept(input: unknown, source: BriefSource): LoadState {
    const brief = this.options.accept(input);
    return isError(brief) ? { status: "error", error: { ...brief, source } } : { status: "ready", brief, source };
  }

  #failure(reason: DiploBriefErrorDetail["reason"], message: string, source: BriefSource = "src", status?: number): LoadState {
    return { status: "error", error: { reason, source, message, problems: [], ...(status === undefined ? {} : { status }) } };
  }

  #reload(): void {
    this.#request?.abort();
    this.#request = undefined;
    const { brief, src } = this.host;
    if (brief !== undefined) this.#settle(this.#accept(brief, "property"));
    else if (src) {
      // Out of the page it only waits, "loading", until it is back.
      if (this.host.isConnected) void this.#fetch(src);
      else this.#settle({ status: "loading" });
    } else if (this.#inline !== undefined) this.#settle(this.#parse(this.#inline, "inline", '<script type="application/json">'));
    else this.#settle({ status: "empty" });
  }

  #parse(text: string, source: BriefSource, where: string): LoadState {
    try {
      return this.#accept(JSON.parse(text), source);
    } catch (error) {
      return this.#failure("json", this.options.t("errorJson", { src: where, detail: (error as Error).message }), source);
    }
  }

  async #fetch(src: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.#settle({ status: "loading" });
    const { t } = this.options;
    const timeout = positive(this.host.timeout, defaultTimeout);
    const maxSize = positive(this.host.maxSize, defaultMaxSize);
    // Giving up aborts the request with the reason, which the fetch or the body then rejects with.
    // setTimeout fires at once past 2^31 - 1 ms; Infinity means "as late as it can".
    const timer = setTimeout(() => request.abort("timeout"), Math.min(timeout, 2 ** 31 - 1));
    let result: LoadState;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: request.signal, headers: { accept: "application/json" } });
      result = response.ok
        ? this.#parse(await readBody(response, request, maxSize), "src", src)
        : this.#failure("http", t("errorHttp", { status: `${response.status} ${response.statusText}`.trim(), src }), "src", response.status);
    } catch (error) {
      // Giving up is a failed fetch too, said the same way, with its own reason.
      const reason: unknown = request.signal.reason;
      const gaveUp = reason === "timeout" || reason === "too-large";
      const detail = gaveUp
        ? t(reason === "timeout" ? "errorTimeout" : "errorTooLarge", { seconds: timeout / 1000, bytes: maxSize.toLocaleString(this.options.locale()) })
        : error instanceof Error
          ? error.message
          : String(error);
      result = this.#failure(gaveUp ? reason : "fetch", t("errorFetch", { src, detail }));
    }
    clearTimeout(timer);
    // A newer src took over, or the element left the page.
    if (request !== this.#request) return;
    this.#request = undefined;
    this.#settle(result);
  }
}

/**
 * The body as text, no more than `maxSize` bytes of it as decoded: past that, the request is
 * aborted, which cancels the body, so a small compressed bomb never inflates in memory. A
 * Content-Length (the bytes as sent) already past the limit gives up before reading at all.
 */
async function readBody(response: Response, request: AbortController, maxSize: number): Promise<string> {
  if (Number(response.headers.get("content-length")) > maxSize) request.abort("too-large");
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    request.signal.throwIfAborted();
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return new Blob(chunks).text();
    chunks.push(chunk.value);
    if ((size += chunk.value.byteLength) > maxSize) request.abort("too-large");
  }
}
