// A loopback HTTP server answering scripted responses, for testing the client over real sockets.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted answer. With nothing but defaults: 200 with an empty body. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `text/plain`. */
  text?: string;
  /** Milliseconds to wait before the headers. */
  delay?: number;
  /** Milliseconds between the headers and the body. */
  bodyDelay?: number;
  /** Destroy the socket instead of answering: the client sees a dropped connection. */
  drop?: boolean;
  /** Never answer (until the client goes away). */
  hang?: boolean;
}

/** What the server received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Milliseconds since the server started. */
  at: number;
  /** Resolves when the client closed the connection before the response was complete. */
  closedEarly: Promise<void>;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  requests: RecordedRequest[];
  /** Queues answers, used in order; once the queue is empty, `fallback` answers (`{ json: {} }`). */
  reply(...responses: ScriptedResponse[]): void;
  fallback: ScriptedResponse;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 and an ephemeral port. Close it after each test. */
export async function createTestServer(): Promise<TestServer> {
  const queue: ScriptedResponse[] = [];
  const started = performance.now();
  const requests: RecordedRequest[] = [];
  const state: { fallback: ScriptedResponse } = { fallback: { json: {} } };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let closedEarly!: () => void;
    requests.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      at: performance.now() - started,
      closedEarly: new Promise((resolve) => (closedEarly = resolve)),
    });
    res.on("close", () => {
      if (!res.writableFinished) closedEarly();
    });
    await answer(res, queue.shift() ?? state.fallback);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...responses) => void queue.push(...responses),
    get fallback() {
      return state.fallback;
    },
    set fallback(response) {
      state.fallback = response;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(res: ServerResponse, script: ScriptedResponse): Promise<void> {
  if (script.delay) await wait(script.delay);
  if (script.drop) return void res.socket?.destroy();
  if (script.hang || res.destroyed) return;
  const body =
    script.json !== undefined ? JSON.stringify(script.json) : script.text !== undefined ? script.text : "";
  const type = script.json !== undefined ? "application/json" : "text/plain";
  res.writeHead(script.status ?? 200, {
    ...(body && { "content-type": type }),
    ...(body || !script.bodyDelay ? { "content-length": Buffer.byteLength(body) } : {}),
    ...script.headers,
  });
  if (script.bodyDelay) {
    res.flushHeaders();
    await wait(script.bodyDelay);
    if (res.destroyed) return;
  }
  res.end(body);
}
