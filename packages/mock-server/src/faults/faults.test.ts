import { afterEach, describe, expect, it } from "vitest";
import { createMockServer, type MockServerOptions } from "../create-mock-server.js";
import { listen, type ListeningMockServer } from "../listen.js";
import { readSSE } from "../test-utils/wire.js";

const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
let running: ListeningMockServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(options?: MockServerOptions) {
  const server = createMockServer(options);
  running = await listen(server);
  return { server, url: running.url };
}

const chat = (url: string, headers: Record<string, string> = {}, body: object = {}) =>
  fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: "Bearer k", "content-type": "application/json", ...headers },
    body: JSON.stringify({
      model: MODEL,
      messages: [{ role: "user", content: "Hi ✓" }],
      stream: true,
      ...body,
    }),
  });

/** Reads a body piece by piece: the pieces as they arrived, and the time each came. */
async function readPieces(response: Response) {
  const pieces: { bytes: Uint8Array; at: number }[] = [];
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return pieces;
    pieces.push({ bytes: value, at: performance.now() });
  }
}

const until = async (check: () => boolean) => {
  for (let tries = 0; tries < 200 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return check();
};

describe("injected faults, over loopback HTTP", () => {
  it("adds latency before the response", async () => {
    const { url } = await start();
    const started = performance.now();
    await (await chat(url, { "x-mock-latency": "150" })).text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("waits between chunks", async () => {
    const { url } = await start();
    const pieces = await readPieces(await chat(url, { "x-mock-chunk-delay": "40" }));
    expect(pieces.at(-1)!.at - pieces[0]!.at).toBeGreaterThanOrEqual(40 * 10);
  });

  it.each([
    [
      "json",
      "application/json",
      '{"error":{"code":"INTERNAL_ERROR","message":"Internal server error occurred"}}',
    ],
    ["text", "text/plain; charset=utf-8", "Internal server error occurred"],
    ["empty", null, ""],
  ])("answers a given status with a %s body", async (kind, type, text) => {
    const { url } = await start();
    const response = await chat(url, { "x-mock-status": "500", "x-mock-error-body": kind });
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe(type);
    expect(await response.text()).toBe(text);
  });

  it("fails only the first N attempts of a request, with Retry-After", async () => {
    const { url } = await start();
    const headers = {
      "x-mock-status": "429",
      "x-mock-fail-attempts": "2",
      "x-mock-retry-after": "1",
      "x-mock-retry-after-ms": "5",
    };
    const first = await chat(url, headers);
    expect([first.status, first.headers.get("retry-after"), first.headers.get("retry-after-ms")]).toEqual([
      429,
      "1",
      "5",
    ]);
    expect((await chat(url, headers)).status).toBe(429);
    expect((await chat(url, headers)).status).toBe(200);
  });

  it("applies server-wide faults, which headers override", async () => {
    const { url } = await start({ faults: { status: 503, errorBody: "text" } });
    expect((await chat(url)).status).toBe(503);
    expect((await chat(url, { "x-mock-status": "502" })).status).toBe(502);
  });

  it("drops the connection before any response", async () => {
    const { url, server } = await start();
    await expect(chat(url, { "x-mock-drop-after": "0" })).rejects.toThrow(TypeError);
    expect(server.requests[0]!.status).toBeUndefined();
  });

  it("drops the connection after K chunks", async () => {
    const { url, server } = await start();
    const response = await chat(url, { "x-mock-drop-after": "3" });
    expect(response.status).toBe(200);
    const seen: string[] = [];
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          seen.push(value);
        }
      })(),
    ).rejects.toThrow();
    expect(readSSE(seen.join("")).data).toHaveLength(3);
    expect(server.requests[0]!.outcome).toBe("dropped");
  });

  it("writes a few bytes at a time, splitting UTF-8 characters, without changing the bytes", async () => {
    const { url } = await start();
    // No keep-alives, which could fall between events where a busy machine is slow.
    const quiet = { "x-mock-keep-alive": "0" };
    const whole = new Uint8Array(await (await chat(url, quiet)).arrayBuffer());
    const pieces = await readPieces(await chat(url, { ...quiet, "x-mock-write-size": "3" }));
    expect(pieces.length).toBeGreaterThan(50);
    expect(Buffer.concat(pieces.map((piece) => piece.bytes))).toEqual(Buffer.from(whole));
    // Hundreds of 3-byte writes, each a socket write: slow on a busy machine, though never wrong.
  }, 20_000);

  it("stalls mid-stream, with a keep-alive after each 15 ms idle unless turned off", async () => {
    const { url } = await start();
    const silent = await chat(url, { "x-mock-stall": "200", "x-mock-keep-alive": "0" });
    const pieces = await readPieces(silent);
    const gaps = pieces.slice(1).map((piece, index) => piece.at - pieces[index]!.at);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(180);

    // A slow first token: hundreds of keep-alives in a few seconds, as Atoma's proxy sends them.
    const slowStart = await chat(url, { "x-mock-stall": "300", "x-mock-stall-after": "0" });
    const { comments, raw } = readSSE(await slowStart.text());
    expect(comments.length).toBeGreaterThanOrEqual(8);
    expect(raw.startsWith(": keep-alive\n\n")).toBe(true);

    const slower = await chat(url, { "x-mock-stall": "200", "x-mock-keep-alive": "40" });
    expect(readSSE(await slower.text()).comments.length).toBeLessThanOrEqual(5);
  });

  it("turns keep-alives off server-wide with keepAliveMs: 0", async () => {
    const { url } = await start({ keepAliveMs: 0 });
    const { comments } = readSSE(await (await chat(url, { "x-mock-stall": "100" })).text());
    expect(comments).toEqual([]);
  });

  it("sees a client that goes away mid-stream", async () => {
    const { url, server } = await start();
    const controller = new AbortController();
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      signal: controller.signal,
      headers: { authorization: "Bearer k", "x-mock-chunk-delay": "50" },
      body: JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "Hi" }], stream: true }),
    });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    expect(await until(() => server.requests[0]!.outcome === "client-disconnected")).toBe(true);
  });
});
