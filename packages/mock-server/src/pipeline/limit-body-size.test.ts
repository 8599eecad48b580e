import { describe, expect, it, onTestFinished } from "vitest";
import { createMockServer, type MockServer } from "../create-mock-server.js";
import { listen } from "../listen.js";

const LIMIT = 256;
const MODEL = "intfloat/multilingual-e5-large-instruct";
const TOO_LARGE = { error: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" } };

/** A valid embeddings request of exactly `bytes` bytes (ASCII, so characters are bytes). */
function embeddingsBody(bytes: number): string {
  const empty = JSON.stringify({ model: MODEL, input: "" });
  return JSON.stringify({ model: MODEL, input: "x".repeat(bytes - empty.length) });
}

/** A body sent in pieces of `size` bytes with no length declared (chunked over HTTP). */
function chunkedBody(text: string, size = 64): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += size)));
    },
  });
}

type Send = (body: string, framing: "content-length" | "chunked") => Promise<Response>;

/** Posts an embeddings body in-process or over loopback, with a declared length or chunked. */
const transports: Record<string, (server: MockServer) => Promise<Send>> = {
  "in-process": async (server) => (body, framing) =>
    server.fetch(
      new Request("http://mock/v1/embeddings", {
        method: "POST",
        headers: {
          authorization: "Bearer k",
          ...(framing === "content-length" && { "content-length": String(body.length) }),
        },
        body: framing === "chunked" ? chunkedBody(body) : body,
        duplex: "half",
      } as RequestInit),
    ),
  loopback: async (server) => {
    const running = await listen(server);
    onTestFinished(() => running.close());
    return (body, framing) =>
      fetch(`${running.url}/v1/embeddings`, {
        method: "POST",
        headers: { authorization: "Bearer k" },
        // A string is sent with content-length, a stream with transfer-encoding: chunked.
        body: framing === "chunked" ? chunkedBody(body) : body,
        duplex: "half",
      } as RequestInit);
  },
};

describe.each(Object.entries(transports))("the body size limit (%s)", (_transport, connect) => {
  it.each(["content-length", "chunked"] as const)(
    "refuses a body one byte over it with 413, and answers one at it (%s)",
    async (framing) => {
      const server = createMockServer({ maxBodyBytes: LIMIT });
      const send = await connect(server);
      const over = await send(embeddingsBody(LIMIT + 1), framing);
      expect(over.status).toBe(413);
      expect(await over.json()).toEqual(TOO_LARGE);
      const at = await send(embeddingsBody(LIMIT), framing);
      expect(at.status).toBe(200);
      expect((await at.json()).object).toBe("list");
    },
  );

  it.each(["content-length", "chunked"] as const)(
    "answers 413 to a body far over it and keeps serving (%s)",
    async (framing) => {
      const server = createMockServer({ maxBodyBytes: LIMIT });
      const send = await connect(server);
      const huge = await send(embeddingsBody(1024 * 1024), framing);
      expect(huge.status).toBe(413);
      expect(await huge.json()).toEqual(TOO_LARGE);
      expect((await send(embeddingsBody(100), framing)).status).toBe(200);
    },
  );
});

describe("the body size limit does not wait for the whole body", () => {
  /** A request whose body sends `bytes` bytes and then never ends. */
  const endless = (bytes: number, headers: Record<string, string> = {}) => {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new Uint8Array(bytes).fill(0x20)),
    });
    return new Request("http://mock/v1/embeddings", {
      method: "POST",
      headers: { authorization: "Bearer k", ...headers },
      body,
      duplex: "half",
    } as RequestInit);
  };

  it("refuses a declared length over the limit before reading a byte", async () => {
    const server = createMockServer({ maxBodyBytes: LIMIT });
    const response = await server.fetch(endless(0, { "content-length": String(50 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it("refuses a chunked body as soon as it passes the limit", async () => {
    const server = createMockServer({ maxBodyBytes: LIMIT });
    expect((await server.fetch(endless(LIMIT + 1))).status).toBe(413);
  });

  it("defaults to 10 MiB", async () => {
    const server = createMockServer();
    const response = await server.fetch(endless(0, { "content-length": String(10 * 1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
  });
});
