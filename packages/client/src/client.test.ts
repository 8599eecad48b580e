import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAtomaClient } from "./client.js";
import { AtomaError, isAtomaError } from "./errors.js";
import { operations, type OperationId } from "./generated/operations.js";
import type { Middleware } from "./middleware.js";
import { chatRequest, chatResponse } from "./test-utils/fixtures.js";
import { createMockFetch, json } from "./test-utils/mock-fetch.js";

const entries = Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][];
const plain = entries.filter(([, op]) => !("confidentialOf" in op));
const confidential = entries.filter(([, op]) => "confidentialOf" in op);
const BASE = "https://atoma.test";

type AnyMethod = (...args: unknown[]) => Promise<unknown>;
const methodOf = (client: object, op: { resource: string; name: string }) =>
  (client as Record<string, Record<string, AnyMethod | undefined> | undefined>)[op.resource]?.[op.name];

/** Calls an operation's method with a body when it takes one. */
const callMethod = (
  client: object,
  op: (typeof operations)[OperationId],
  body: unknown,
  options?: unknown,
) => {
  const method = methodOf(client, op)!;
  return op.method === "GET" ? method(options) : method(body, options);
};

describe("the methods", () => {
  it.each(plain)("%s is a method hitting the right method, path, body and key", async (id, op) => {
    const mock = createMockFetch(json({ ok: id }));
    const client = createAtomaClient({ apiKey: "key-1", baseUrl: BASE, fetch: mock.fetch });
    const body = op.method === "GET" ? undefined : { model: "m", marker: id };
    await expect(callMethod(client, op, body)).resolves.toEqual({ ok: id });
    const [request] = mock.requests;
    expect(request?.method).toBe(op.method);
    expect(request?.url).toBe(BASE + op.path);
    expect(request?.headers.get("authorization")).toBe("Bearer key-1");
    if (body) {
      expect(JSON.parse(mock.bodies[0]!)).toEqual(body);
      expect(request?.headers.get("content-type")).toBe("application/json");
    } else {
      expect(mock.bodies[0]).toBe("");
    }
  });

  it("exist for every plain operation and for no confidential one, and nothing else (chat.parse is withStreaming's)", () => {
    const client = createAtomaClient();
    for (const [, op] of plain) expect(typeof methodOf(client, op)).toBe("function");
    const names = plain.map(([, op]) => `${op.resource}.${op.name}`).sort();
    const built = Object.entries(client)
      .filter(([resource]) => resource !== "request" && resource !== "raw")
      .flatMap(([resource, methods]) => Object.keys(methods as object).map((name) => `${resource}.${name}`));
    expect(built.sort()).toEqual(names);
    // A confidential operation shares its plain twin's resource and name: the plain one is the method.
    for (const [, op] of confidential) expect(names).toContain(`${op.resource}.${op.name}`);
  });

  it("send the body exactly as given (no stream flag added)", async () => {
    const mock = createMockFetch(json(chatResponse));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch });
    await client.chat.create({ ...chatRequest, max_completion_tokens: 5 });
    expect(JSON.parse(mock.bodies[0]!)).toEqual({ ...chatRequest, max_completion_tokens: 5 });
  });

  it.each(plain.filter(([, op]) => "public" in op))(
    "%s needs no key: none is required or sent",
    async (_, op) => {
      const mock = createMockFetch(json({}));
      const client = createAtomaClient({ apiKey: "", fetch: mock.fetch, baseUrl: BASE });
      await callMethod(client, op, { node: 1 });
      expect(mock.requests[0]?.headers.has("authorization")).toBe(false);
    },
  );
});

describe("the API key", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    delete process.env.ATOMA_API_KEY;
    delete process.env.ATOMASDK_BEARER_AUTH;
  });
  afterEach(() => {
    process.env.ATOMA_API_KEY = saved.ATOMA_API_KEY;
    process.env.ATOMASDK_BEARER_AUTH = saved.ATOMASDK_BEARER_AUTH;
    if (saved.ATOMA_API_KEY === undefined) delete process.env.ATOMA_API_KEY;
    if (saved.ATOMASDK_BEARER_AUTH === undefined) delete process.env.ATOMASDK_BEARER_AUTH;
  });

  const sentKey = async (options: Parameters<typeof createAtomaClient>[0] = {}) => {
    const mock = createMockFetch(json(chatResponse));
    await createAtomaClient({ ...options, fetch: mock.fetch }).chat.create(chatRequest);
    return mock.requests[0]?.headers.get("authorization");
  };

  it("comes from ATOMA_API_KEY, then ATOMASDK_BEARER_AUTH; the option wins", async () => {
    process.env.ATOMASDK_BEARER_AUTH = "sdk-key";
    expect(await sentKey()).toBe("Bearer sdk-key");
    process.env.ATOMA_API_KEY = "env-key";
    expect(await sentKey()).toBe("Bearer env-key");
    expect(await sentKey({ apiKey: "option-key" })).toBe("Bearer option-key");
  });

  it("missing is an AtomaError at the first call that needs one, not at creation", async () => {
    const mock = createMockFetch(json({ message: "ok" }));
    const client = createAtomaClient({ fetch: mock.fetch });
    await expect(client.health.check()).resolves.toEqual({ message: "ok" });
    const error = await client.chat.create(chatRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomaError);
    expect(isAtomaError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^POST \/v1\/chat\/completions needs an API key.*ATOMA_API_KEY/);
    expect(mock.requests).toHaveLength(1);
  });

  it("is not required when an Authorization header is given instead", async () => {
    const mock = createMockFetch(json(chatResponse));
    const client = createAtomaClient({ fetch: mock.fetch, headers: { Authorization: "Bearer header-key" } });
    await client.chat.create(chatRequest);
    await client.chat.create(chatRequest, { headers: { authorization: "Bearer call-key" } });
    expect(mock.requests.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer header-key",
      "Bearer call-key",
    ]);
  });
});

describe("configuration", () => {
  it("defaults the base URL to api.atoma.network and tolerates a trailing slash", async () => {
    const mock = createMockFetch(json({}));
    await createAtomaClient({ apiKey: "k", fetch: mock.fetch }).models.list();
    await createAtomaClient({ apiKey: "k", fetch: mock.fetch, baseUrl: "http://h:1/api//" }).models.list();
    expect(mock.requests.map((r) => r.url)).toEqual([
      "https://api.atoma.network/v1/models",
      "http://h:1/api/v1/models",
    ]);
  });

  it("sends the client's headers, overridden by the call's whatever their case", async () => {
    const mock = createMockFetch(json({}));
    const client = createAtomaClient({
      apiKey: "k",
      fetch: mock.fetch,
      headers: [
        ["X-App", "app"],
        ["X-Trace", "client"],
      ],
    });
    await client.models.list({ headers: new Headers({ "x-trace": "call" }) });
    await client.models.list({ headers: { "X-TRACE": "record" } });
    await client.models.list({ headers: [["x-Trace", "list"]] });
    expect(mock.requests.map(({ headers }) => [headers.get("x-app"), headers.get("x-trace")])).toEqual([
      ["app", "call"],
      ["app", "record"],
      ["app", "list"],
    ]);
  });

  it("looks the global fetch up at call time", async () => {
    const client = createAtomaClient({ apiKey: "k" });
    const original = globalThis.fetch;
    const mock = createMockFetch(json({ data: [], object: "list" }));
    globalThis.fetch = mock.fetch;
    try {
      await expect(client.models.list()).resolves.toEqual({ data: [], object: "list" });
    } finally {
      globalThis.fetch = original;
    }
    expect(mock.requests).toHaveLength(1);
  });

  it("calls a custom fetch unbound, as a plain function", async () => {
    let self: unknown = "unset";
    const client = createAtomaClient({
      apiKey: "k",
      fetch: function (this: unknown) {
        self = this;
        return Promise.resolve(json({}));
      },
    });
    await client.models.list();
    expect(self).toBeUndefined();
  });
});

describe("withResponse()", () => {
  it("gives the data, the response and the request id, from one request", async () => {
    const mock = createMockFetch(json(chatResponse, { headers: { "x-request-id": "req_42" } }));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch });
    const promise = client.chat.create(chatRequest);
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual(chatResponse);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_42");
    await expect(promise).resolves.toEqual(chatResponse);
    expect(mock.requests).toHaveLength(1);
  });

  it("rejects with the error, leaving no unhandled rejection behind", async () => {
    const mock = createMockFetch(json({ error: { message: "nope" } }, { status: 400 }));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch });
    await expect(client.chat.create(chatRequest).withResponse()).rejects.toThrow("400 nope");
    // vitest fails the run on an unhandled rejection; give it a turn to surface.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});

describe("request()", () => {
  it("resolves to the response with its body unread", async () => {
    const mock = createMockFetch(json(chatResponse));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch });
    const response = await client.request("chat_completions_create", {
      body: { ...chatRequest, stream: true },
    });
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(chatResponse);
    expect(JSON.parse(mock.bodies[0]!)).toMatchObject({ stream: true });
  });

  it("reaches confidential operations", async () => {
    const mock = createMockFetch(json({ ciphertext: "x", nonce: "y" }));
    const client = createAtomaClient({ apiKey: "k", baseUrl: BASE, fetch: mock.fetch });
    const response = await client.request("confidential_chat_completions_create", {
      body: {
        ciphertext: "c",
        client_dh_public_key: "p",
        model_name: "m",
        node_dh_public_key: "n",
        nonce: "o",
        plaintext_body_hash: "h",
        salt: "s",
        stack_small_id: 1,
      },
    });
    expect(await response.json()).toEqual({ ciphertext: "x", nonce: "y" });
    expect(mock.requests[0]?.url).toBe(`${BASE}/v1/confidential/chat/completions`);
  });
});

describe("raw", () => {
  it("is an openapi-fetch client with the same base URL, key and fetch", async () => {
    const mock = createMockFetch(json({ ciphertext: "x" }), json({ error: "bad" }, { status: 400 }));
    const client = createAtomaClient({ apiKey: "k", baseUrl: BASE, fetch: mock.fetch, maxRetries: 0 });
    const ok = await client.raw.POST("/v1/confidential/embeddings", { body: {} as never });
    expect(ok.data).toEqual({ ciphertext: "x" });
    const failed = await client.raw.GET("/v1/models");
    expect(failed.error).toEqual({ error: "bad" });
    expect(failed.response.status).toBe(400);
    expect(mock.requests.map((r) => [r.method, r.url, r.headers.get("authorization")])).toEqual([
      ["POST", `${BASE}/v1/confidential/embeddings`, "Bearer k"],
      ["GET", `${BASE}/v1/models`, "Bearer k"],
    ]);
  });
});

describe("middleware", () => {
  const recording = () => {
    const seen: string[] = [];
    const middleware: Middleware = {
      onRequest({ request, schemaPath }) {
        seen.push(`request ${request.method} ${schemaPath} ${request.headers.get("authorization")}`);
        request.headers.set("x-added", "yes");
      },
      onResponse({ response }) {
        seen.push(`response ${response.status}`);
      },
    };
    return { seen, middleware };
  };

  it("applies to the methods, request() and raw", async () => {
    const { seen, middleware } = recording();
    const mock = createMockFetch(json(chatResponse));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch, middleware: [middleware] });
    await expect(client.chat.create(chatRequest)).resolves.toEqual(chatResponse);
    await client.request("models_list");
    await client.raw.GET("/health");
    expect(seen).toEqual([
      "request POST /v1/chat/completions Bearer k",
      "response 200",
      "request GET /v1/models Bearer k",
      "response 200",
      "request GET /health Bearer k",
      "response 200",
    ]);
    expect(mock.requests.map((r) => r.headers.get("x-added"))).toEqual(["yes", "yes", "yes"]);
    expect(JSON.parse(mock.bodies[0]!)).toEqual(chatRequest);
  });

  it("sees the final response after retries, and errors still map to APIError", async () => {
    const { seen, middleware } = recording();
    const mock = createMockFetch(
      json({}, { status: 503 }),
      json({ error: { message: "bad" } }, { status: 400 }),
    );
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch, middleware: [middleware] });
    const error = await client.chat.create(chatRequest).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "BadRequestError",
      status: 400,
      body: { error: { message: "bad" } },
    });
    expect(seen).toEqual(["request POST /v1/chat/completions Bearer k", "response 400"]);
    expect(mock.requests).toHaveLength(2);
  });

  it("can answer in place of the server", async () => {
    const client = createAtomaClient({
      apiKey: "k",
      fetch: () => Promise.reject(new Error("not called")),
      middleware: [{ onRequest: () => json({ message: "from middleware" }) }],
    });
    await expect(client.health.check()).resolves.toEqual({ message: "from middleware" });
  });

  it("passes per-call options through (timeout, headers, signal)", async () => {
    const { middleware } = recording();
    const mock = createMockFetch(json({}));
    const client = createAtomaClient({ apiKey: "k", fetch: mock.fetch, middleware: [middleware] });
    const controller = new AbortController();
    controller.abort();
    await expect(client.models.list({ signal: controller.signal })).rejects.toMatchObject({
      name: "APIUserAbortError",
    });
    await client.models.list({ headers: { "x-call": "1" }, timeout: 1_000 });
    expect(mock.requests.at(-1)?.headers.get("x-call")).toBe("1");
  });
});
