// What a user sees when things go wrong, over real sockets: each error names what failed and where.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAtomaClient } from "./client.js";
import { ERROR_BODY_LIMIT } from "./read-body.js";
import { chatRequest } from "./test-utils/fixtures.js";
import { createTestServer, type TestServer } from "./test-utils/http-server.js";

let server: TestServer;
beforeEach(async () => {
  server = await createTestServer();
});
afterEach(() => server.close());

const client = (baseUrl = server.url) => createAtomaClient({ apiKey: "k", baseUrl, maxRetries: 0 });
const failure = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("connection errors name the host and the cause's code", () => {
  it("a refused connection", async () => {
    const closed = await createTestServer();
    await closed.close();
    const host = new URL(closed.url).host;
    expect(await failure(client(closed.url).models.list())).toMatchObject({
      name: "APIConnectionError",
      code: "ECONNREFUSED",
      message: `GET /v1/models failed: could not reach ${host} (ECONNREFUSED)`,
    });
  });

  it("a port fetch refuses to call, by the innermost cause's message (it has no code)", async () => {
    expect(await failure(client("http://127.0.0.1:1").models.list())).toMatchObject({
      name: "APIConnectionError",
      code: undefined,
      message: "GET /v1/models failed: could not reach 127.0.0.1:1 (bad port)",
    });
  });

  it("a TLS handshake with a server that speaks plain HTTP", async () => {
    const host = new URL(server.url).host;
    const error = await failure(client(`https://${host}`).models.list());
    expect(error).toMatchObject({ name: "APIConnectionError" });
    const { code, message } = error as { code: string; message: string };
    expect(code).toMatch(/SSL|TLS/);
    expect(message).toBe(`GET /v1/models failed: could not reach ${host} (${code})`);
  });

  it("a host that does not resolve", async () => {
    const error = await failure(client("http://no-such-host.invalid").models.list());
    const { code, message } = error as { code: string; message: string };
    expect(code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
    expect(message).toBe(`GET /v1/models failed: could not reach no-such-host.invalid (${code})`);
  });
});

describe("the base URL is checked when the client is created", () => {
  it.each(["api.atoma.network", "localhost:8080", "ftp://atoma.test", ""])("%j is refused", (baseUrl) => {
    expect(() => createAtomaClient({ baseUrl })).toThrow(
      `baseUrl "${baseUrl}" is not an http(s) URL: start it with "https://" or "http://"`,
    );
  });

  it.each(["/v1", "/v1/", "/", ""])("a trailing %j means the same root", async (suffix) => {
    server.reply({ json: { object: "list", data: [] } });
    await expect(client(server.url + suffix).models.list()).resolves.toEqual({ object: "list", data: [] });
    expect(server.requests[0]?.url).toBe("/v1/models");
  });
});

describe("a success whose body is not the promised JSON", () => {
  it("an HTML page is an InvalidResponseError with the content type and the page's text", async () => {
    server.reply({
      text: "<html><head><title>Welcome</title><style>p{}</style></head><body><p>nginx &amp; co</p></body></html>",
      headers: { "content-type": "text/html", "x-request-id": "req_7" },
    });
    const error = await failure(client().chat.create(chatRequest));
    expect(error).toMatchObject({
      name: "InvalidResponseError",
      status: 200,
      contentType: "text/html",
      requestId: "req_7",
      excerpt: "Welcome nginx & co",
      message:
        'POST /v1/chat/completions answered 200 (text/html) with a body that is not JSON: "Welcome nginx & co"',
    });
  });

  it("an empty body, and JSON that is not an object", async () => {
    server.reply({}, { json: "ok" });
    expect(await failure(client().models.list())).toMatchObject({
      name: "InvalidResponseError",
      message: "GET /v1/models answered 200 (no content-type) with an empty body",
    });
    expect(await failure(client().models.list())).toMatchObject({
      name: "InvalidResponseError",
      message: 'GET /v1/models answered 200 (application/json) with JSON that is not an object: ""ok""',
    });
  });
});

describe("error bodies", () => {
  it("an HTML error page gives the status and a short plain text", async () => {
    const page = `<html><head><title>502 Bad Gateway</title><script>var x = "<b>";</script></head>
      <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>${"<p>padding</p>".repeat(100)}</body></html>`;
    server.reply({ status: 502, text: page, headers: { "content-type": "text/html" } });
    const error = (await failure(client().models.list())) as { message: string; body: unknown };
    expect(error.message).toMatch(
      /^GET \/v1\/models failed: 502 502 Bad Gateway 502 Bad Gateway nginx padding/,
    );
    expect(error.message).not.toMatch(/[<>]/);
    expect(error.message.length).toBeLessThan(260);
    expect(error.body).toBe(page);
  });

  it("a 50 MB error body is read only up to the limit, and the connection closed", async () => {
    let sent = 0;
    let closed = false;
    const big: Server = createServer((_, response) => {
      response.writeHead(500, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(64 * 1024, "x");
      const write = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", write);
        }
        response.end();
      };
      response.on("close", () => (closed = true));
      write();
    });
    await new Promise<void>((resolve) => big.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = big.address() as AddressInfo;
      const error = (await failure(client(`http://127.0.0.1:${port}`).models.list())) as { body: string };
      expect(error).toMatchObject({ name: "InternalServerError", status: 500 });
      expect(error.body).toHaveLength(ERROR_BODY_LIMIT);
      await expect.poll(() => closed).toBe(true);
      expect(sent).toBeLessThan(50 * 1024 * 1024);
    } finally {
      big.closeAllConnections();
      await new Promise((resolve) => big.close(resolve));
    }
  });
});
