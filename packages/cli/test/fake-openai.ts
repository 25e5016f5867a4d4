import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// Enough of the OpenAI Responses API (POST /v1/responses, what `openai("model-id")` of
// @ai-sdk/openai v3 calls) for the command to draft against, on localhost: each request gets the
// next scripted answer, and the test sees what was sent.

/** A request as the server received it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  /** Resolves when the client closes the connection before an answer: it gave up (a timeout, Ctrl-C). */
  readonly abandoned: Promise<void>;
}

/** What the server does with one request. */
export type Answer =
  /** 200, with `claims` as the model's answer text (a string as it is, anything else as JSON) and the tokens it used. */
  | { readonly claims: unknown; readonly usage?: { readonly input: number; readonly output: number } }
  /** An OpenAI error body, `{ error: { message } }`, with this status and these headers. */
  | { readonly status: number; readonly message: (request: ReceivedRequest) => string; readonly headers?: Readonly<Record<string, string>> }
  /** No answer: the request is held open until the client goes away. */
  | { readonly silence: true };

export interface FakeOpenAi {
  /** What OPENAI_BASE_URL is set to. */
  readonly baseUrl: string;
  readonly requests: readonly ReceivedRequest[];
  /** Resolves with the `n`th request (from 1) once it has arrived. */
  received(n: number): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1, answering requests with `answers` in order (the last one again after that). */
export async function startFakeOpenAi(answers: readonly Answer[]): Promise<FakeOpenAi> {
  const requests: ReceivedRequest[] = [];
  const waiting: { readonly n: number; readonly resolve: (request: ReceivedRequest) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const abandoned = new Promise<void>((resolve) => res.on("close", () => (res.writableFinished ? undefined : resolve())));
      const request: ReceivedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), abandoned };
      requests.push(request);
      answer(res, request, answers[Math.min(requests.length, answers.length) - 1]);
      for (const waiter of waiting.filter(({ n }) => n === requests.length)) waiter.resolve(request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    received: (n) => {
      const request = requests[n - 1];
      return request ? Promise.resolve(request) : new Promise((resolve) => waiting.push({ n, resolve }));
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function answer(res: ServerResponse, request: ReceivedRequest, scripted: Answer | undefined): void {
  if (scripted === undefined) throw new Error("the fake OpenAI server was given no answers");
  if ("silence" in scripted) return;
  if ("status" in scripted) {
    send(res, scripted.status, { error: { message: scripted.message(request), type: "invalid_request_error", code: null } }, scripted.headers);
    return;
  }
  const usage = scripted.usage ?? { input: 1200, output: 300 };
  send(res, 200, {
    id: `resp_${Date.now()}`,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    model: (request.body as { model?: unknown }).model,
    status: "completed",
    output: [{ type: "message", id: "msg_1", role: "assistant", status: "completed", content: [{ type: "output_text", text: typeof scripted.claims === "string" ? scripted.claims : JSON.stringify(scripted.claims), annotations: [] }] }],
    usage: { input_tokens: usage.input, output_tokens: usage.output, total_tokens: usage.input + usage.output },
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
