// The client against the real mock server (spec-driven, on loopback): every operation, the error
// classes, retries, timeouts and aborts, as a user would meet them.
import { createMockServer, listen, type ListeningMockServer, type MockServer } from "@atoma-ts/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAtomaClient, type AtomaClient } from "./client.js";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
  isAPIError,
} from "./errors.js";
import { MODEL } from "./test-utils/fixtures.js";

let server: MockServer;
let running: ListeningMockServer;
let atoma: AtomaClient;

beforeEach(async () => {
  server = createMockServer({ apiKey: "mock-key" });
  running = await listen(server);
  atoma = createAtomaClient({ apiKey: "mock-key", baseUrl: running.url });
});
afterEach(() => running.close());

const messages = [{ role: "user" as const, content: "Hello ✓" }];
const fault = (headers: Record<string, string>) => ({ headers });

describe("every plain operation against the mock server", () => {
  it("chat.create", async () => {
    const { data, requestId, response } = await atoma.chat.create({ model: MODEL, messages }).withResponse();
    expect(data.choices[0]?.message.content).toContain("Hello ✓");
    expect(requestId).toMatch(/^req_/);
    expect(response.status).toBe(200);
    expect(server.requests[0]?.body).toEqual({ model: MODEL, messages });
  });

  it("completions.create, embeddings.create and images.generate", async () => {
    const completion = await atoma.completions.create({ model: MODEL, prompt: "Once upon" });
    expect(completion.choices[0]?.text).toContain("upon");
    const embeddings = await atoma.embeddings.create({ model: MODEL, input: ["a", "b"], dimensions: 8 });
    expect(embeddings.data.map((item) => (item.embedding as number[]).length)).toEqual([8, 8]);
    const images = await atoma.images.generate({ model: MODEL, prompt: "an otter", n: 2 });
    expect(images.data).toHaveLength(2);
  });

  it("models.list, models.listOpenRouter, health.check, nodes.register and nodes.lock", async () => {
    expect((await atoma.models.list()).data.map((model) => model.id)).toContain(MODEL);
    expect(await atoma.models.listOpenRouter()).toHaveProperty("data");
    expect(await atoma.health.check()).toEqual({ message: "ok" });
    const registration = {
      data: { node_small_id: 1, public_address: "https://n.example", country: "DE" },
      signature: "AA==",
    };
    expect((await atoma.nodes.register(registration)).message).toMatch(/registered/);
    const lock = await atoma.nodes.lock({ model: MODEL });
    expect(lock.stack_small_id).toBeGreaterThan(0);
  });
});

describe("errors from the mock server", () => {
  it.each([
    ["json", /failed: 500 Internal server error occurred/],
    ["text", /failed: 500 Internal server error occurred/],
    ["empty", /failed: 500$/],
  ])("maps a 500 with a %s body to InternalServerError", async (body, message) => {
    const call = atoma.chat.create(
      { model: MODEL, messages },
      { ...fault({ "x-mock-status": "500", "x-mock-error-body": body }), maxRetries: 0 },
    );
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(message);
    expect((error as InternalServerError).requestId).toMatch(/^req_/);
  });

  it("gives BadRequestError naming the invalid field, and AuthenticationError for a wrong key", async () => {
    const invalid = await atoma.chat
      .create({ model: MODEL, messages, temperature: 5 })
      .catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect((invalid as BadRequestError).message).toContain("temperature must be <= 2");
    expect((invalid as BadRequestError).code).toBe("REQUEST_ERROR");
    const wrongKey = createAtomaClient({ apiKey: "nope", baseUrl: running.url });
    await expect(wrongKey.models.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.requests.filter((entry) => entry.status === 400)).toHaveLength(1); // 400 is not retried
  });

  it("retries a 429 honouring Retry-After, then succeeds", async () => {
    const started = performance.now();
    const data = await atoma.chat.create(
      { model: MODEL, messages },
      fault({
        "x-mock-status": "429",
        "x-mock-fail-attempts": "2",
        "x-mock-retry-after": "0.2",
      }),
    );
    expect(data.object).toBe("chat.completion");
    expect(server.requests.map((entry) => entry.status)).toEqual([429, 429, 200]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(380);
  });

  it("gives up after maxRetries with the last error", async () => {
    const call = atoma.chat.create(
      { model: MODEL, messages },
      {
        ...fault({ "x-mock-status": "503", "x-mock-retry-after-ms": "10" }),
        maxRetries: 1,
      },
    );
    await expect(call).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(2);
    const limited = await atoma.models
      .list({ ...fault({ "x-mock-status": "429", "x-mock-retry-after-ms": "1" }), maxRetries: 0 })
      .catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimitError);
  });

  it("retries a dropped connection, then gives APIConnectionError", async () => {
    const call = atoma.health.check({ ...fault({ "x-mock-drop-after": "0" }), maxRetries: 1 });
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(isAPIError(error)).toBe(false);
    expect(server.requests).toHaveLength(2);
  });

  it("times out (APITimeoutError) and aborts (APIUserAbortError), distinguishably", async () => {
    const slow = fault({ "x-mock-latency": "2000" });
    const timedOut = await atoma.chat
      .create({ model: MODEL, messages }, { ...slow, timeout: 100, maxRetries: 0 })
      .catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(APITimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await atoma.chat
      .create({ model: MODEL, messages }, { ...slow, signal: controller.signal })
      .catch((error: unknown) => error);
    expect(aborted).toBeInstanceOf(APIUserAbortError);
    expect(aborted).not.toBeInstanceOf(APITimeoutError);
  });
});
