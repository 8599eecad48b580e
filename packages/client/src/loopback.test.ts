// The client over real HTTP, against a scripted loopback server.
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAtomaClient, type AtomaClient } from "./client.js";
import type { ClientOptions } from "./options.js";
import { chatRequest, chatResponse } from "./test-utils/fixtures.js";
import { createTestServer, type TestServer } from "./test-utils/http-server.js";

let server: TestServer;
let atoma: AtomaClient;
const client = (options: ClientOptions = {}) =>
  createAtomaClient({ apiKey: "loop-key", baseUrl: server.url, ...options });

beforeEach(async () => {
  server = await createTestServer();
  atoma = client();
});
afterEach(() => server.close());

const now = { "retry-after-ms": "0" };

describe("over loopback HTTP", () => {
  it("creates a chat completion", async () => {
    server.reply({ json: chatResponse, headers: { "x-request-id": "req_1" } });
    const { data, requestId } = await atoma.chat.create(chatRequest).withResponse();
    expect(data).toEqual(chatResponse);
    expect(requestId).toBe("req_1");
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", url: "/v1/chat/completions" });
    expect(request?.headers).toMatchObject({
      authorization: "Bearer loop-key",
      "content-type": "application/json",
    });
    expect(JSON.parse(request!.body)).toEqual(chatRequest);
  });

  it("maps statuses to error classes from JSON, text and empty bodies", async () => {
    const cases = [
      { status: 400, name: "BadRequestError", json: { error: { code: "BAD", message: "bad model" } } },
      { status: 401, name: "AuthenticationError", text: "no key\n" },
      { status: 402, name: "PaymentRequiredError" },
      { status: 403, name: "PermissionDeniedError", json: { error: "forbidden" } },
      { status: 404, name: "NotFoundError", json: { message: "no such model" } },
      { status: 409, name: "ConflictError", text: "busy" },
      { status: 422, name: "UnprocessableEntityError", json: [1, 2] },
      { status: 423, name: "LockedError" },
      { status: 429, name: "RateLimitError", json: { error: { message: "slow down" } } },
      { status: 500, name: "InternalServerError", text: "<html>oops</html>" },
      { status: 503, name: "InternalServerError" },
      { status: 418, name: "APIError", text: "teapot" },
    ];
    const noRetry = client({ maxRetries: 0 });
    for (const { status, name, json, text } of cases) {
      server.reply({ status, json, text, headers: { "x-request-id": `req_${status}` } });
      const error = await noRetry.chat.create(chatRequest).catch((e: unknown) => e);
      const want = json ?? (text === undefined ? undefined : text);
      expect(error).toMatchObject({ name, status, body: want, requestId: `req_${status}` });
      expect((error as Error).message).toMatch(new RegExp(`^POST /v1/chat/completions failed: ${status}`));
    }
    expect(server.requests).toHaveLength(cases.length);
  });

  it("says what the server said", async () => {
    server.reply({ status: 429, json: { error: { code: "NO_NODE", message: "no node" } } });
    const error = await client({ maxRetries: 0 })
      .chat.create(chatRequest)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: "POST /v1/chat/completions failed: 429 no node",
      code: "NO_NODE",
    });
  });

  it("retries 429 and 5xx, honouring Retry-After, and not 400", async () => {
    server.reply(
      { status: 429, headers: { "retry-after": "0" } },
      { status: 502, headers: now },
      { json: chatResponse },
    );
    await expect(atoma.chat.create(chatRequest)).resolves.toEqual(chatResponse);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => r.body)).toEqual(Array(3).fill(JSON.stringify(chatRequest)));

    server.reply({ status: 400, json: { error: "no" }, headers: now });
    await expect(atoma.chat.create(chatRequest)).rejects.toMatchObject({ status: 400 });
    expect(server.requests).toHaveLength(4);
  });

  it("waits what Retry-After asks", async () => {
    server.reply({ status: 503, headers: { "retry-after": "0.3" } }, { json: {} });
    await atoma.models.list();
    const [first, second] = server.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
  });

  it("retries a dropped connection, then gives APIConnectionError with the cause", async () => {
    server.fallback = { drop: true };
    const error = await client({ maxRetries: 1 })
      .models.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "APIConnectionError" });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(2);

    server.fallback = { json: {} };
    server.reply({ drop: true });
    await expect(atoma.models.list()).resolves.toEqual({});
  });

  it("gives APIConnectionError for a refused connection", async () => {
    const closed = await createTestServer();
    await closed.close();
    const error = await createAtomaClient({ apiKey: "k", baseUrl: closed.url, maxRetries: 0 })
      .models.list()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "APIConnectionError" });
  });

  it("times out with APITimeoutError and closes the connection", async () => {
    server.fallback = { hang: true };
    const error = await atoma.chat.create(chatRequest, { timeout: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "APITimeoutError" });
    await server.requests[0]!.closedEarly;
    expect(server.requests).toHaveLength(1);
  });

  it("aborts with APIUserAbortError and closes the connection", async () => {
    server.fallback = { hang: true };
    const controller = new AbortController();
    const call = atoma.chat.create(chatRequest, { signal: controller.signal }).catch((e: unknown) => e);
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    expect(await call).toMatchObject({ name: "APIUserAbortError" });
    await server.requests[0]!.closedEarly;
  });

  it("does not time out a body that is slow after the headers", async () => {
    server.reply({
      text: "data: late\n\n",
      bodyDelay: 300,
      headers: { "content-type": "text/event-stream" },
    });
    const response = await atoma.request("chat_completions_create", {
      body: { ...chatRequest, stream: true },
      timeout: 100,
    });
    expect(await response.text()).toBe("data: late\n\n");
  });

  it("cancels a body read when the caller aborts after the headers", async () => {
    server.reply({ json: chatResponse, bodyDelay: 10_000 });
    const controller = new AbortController();
    const call = atoma.chat.create(chatRequest, { signal: controller.signal }).catch((e: unknown) => e);
    await waitFor(() => server.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await call).toMatchObject({ name: "APIUserAbortError" });
    await server.requests[0]!.closedEarly;
  });

  it("reports a connection lost while reading the body", async () => {
    server.reply({ json: chatResponse, bodyDelay: 10_000 });
    const call = atoma.chat.create(chatRequest).catch((e: unknown) => e);
    await waitFor(() => server.requests.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    expect(await call).toMatchObject({ name: "APIConnectionError" });
  });

  it("sends a ReadableStream body once, unretried", async () => {
    server.reply({ status: 503, headers: now });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(chatRequest)));
        controller.close();
      },
    });
    await expect(atoma.request("chat_completions_create", { body })).rejects.toMatchObject({ status: 503 });
    expect(server.requests.map((r) => r.body)).toEqual([JSON.stringify(chatRequest)]);
  });

  it("adds no listener to a signal shared by many calls", async () => {
    const shared = new AbortController().signal;
    for (let i = 0; i < 20; i++) await atoma.models.list({ signal: shared });
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });

  it("serves raw with the same retries", async () => {
    server.reply({ status: 500, headers: now }, { json: { data: [], object: "list" } });
    const { data } = await atoma.raw.GET("/v1/models");
    expect(data).toEqual({ data: [], object: "list" });
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a raw request whose body is a stream", async () => {
    server.reply({ status: 503, headers: now });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{}"));
        controller.close();
      },
    });
    const { response } = await atoma.raw.POST("/v1/embeddings", {
      body: body as never,
      bodySerializer: (stream: unknown) => stream,
      duplex: "half",
    });
    expect(response.status).toBe(503);
    expect(server.requests.map((r) => r.body)).toEqual(["{}"]);
  });

  it("resends a raw request's body on retry", async () => {
    server.reply({ status: 503, headers: now }, { json: { object: "list", data: [] } });
    await atoma.raw.POST("/v1/embeddings", { body: { model: "m", input: "hi" } });
    expect(server.requests.map((r) => r.body)).toEqual(
      Array(2).fill(JSON.stringify({ model: "m", input: "hi" })),
    );
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
