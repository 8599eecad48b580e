import { describe, expect, it, onTestFinished } from "vitest";
import {
  createMockServer,
  DEFAULT_MODELS,
  type MockServer,
  type MockServerOptions,
} from "./create-mock-server.js";
import { listen } from "./listen.js";
import { operations, spec } from "./generated/spec.js";
import { createSpecValidator } from "./spec/spec-validator.js";
import { readSSE, verifySignedJson } from "./test-utils/wire.js";

const validator = createSpecValidator(spec);
const MODEL = "meta-llama/Llama-3.3-70B-Instruct";
const AUTH = { authorization: "Bearer test-key" };

function call(
  server: { fetch(request: Request): Promise<Response> },
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
) {
  return server.fetch(
    new Request(`http://mock${path}`, {
      method,
      headers: { ...AUTH, "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** The spec's own example of a schema: a valid request for every operation. */
const exampleOf = (schema: string | undefined) =>
  schema ? spec.components.schemas[schema]!.example : undefined;
const plainOperations = operations.filter((operation) => !operation.confidentialOf);
const newServer = (options?: MockServerOptions) => createMockServer(options);

/** The same server, called in-process or over real loopback HTTP. */
const transports = {
  "in-process": async (server: MockServer) => server,
  loopback: async (server: MockServer) => {
    const running = await listen(server);
    onTestFinished(() => running.close());
    return { fetch: (request: Request) => fetch(request.url.replace("http://mock", running.url), request) };
  },
};

describe.each(Object.entries(transports))("every plain operation (%s)", (_transport, connect) => {
  it.each(plainOperations.map((operation) => [operation.operationId, operation] as const))(
    "%s answers its spec example with a valid, deterministic response",
    async (_id, operation) => {
      const server = await connect(newServer());
      const request = exampleOf(operation.request);
      const first = await call(server, operation.method, operation.path, { body: request });
      const text = await first.text();
      expect(first.status, text).toBe(200);
      const validate = validator.compileNamed(operation.response);
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
      // A lock is state (a new stack each time); everything else is a function of the request.
      if (operation.operationId !== "nodes_create_lock") {
        const second = await call(server, operation.method, operation.path, { body: request });
        expect(await second.text()).toBe(text);
      }
      expect(first.headers.get("x-request-id")).toMatch(/^req_\d+$/);
    },
  );

  it.each(
    plainOperations
      .filter((operation) => operation.chunk)
      .map((operation) => [operation.operationId, operation] as const),
  )("%s streams chunks valid against the spec's chunk schema", async (_id, operation) => {
    const server = await connect(newServer());
    const body = { ...exampleOf(operation.streamRequest), stream_options: { include_usage: true } };
    const response = await call(server, "POST", operation.path, { body });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const { data, comments } = readSSE(await response.text());
    const validate = validator.compileNamed(operation.chunk!);
    for (const chunk of data) expect(validate(JSON.parse(chunk)), JSON.stringify(validate.errors)).toBe(true);
    // Only keep-alives, and only where the stream was idle (none when it flows, as here).
    expect(comments.every((comment) => comment === ": keep-alive")).toBe(true);
    expect(JSON.parse(data.at(-1)!).usage.total_tokens).toBeGreaterThan(0);
  });
});

describe("served models", () => {
  it("are by default the ids the spec lists as served today", () => {
    const modelId = spec.components?.schemas?.ModelId as { "x-known-values"?: unknown };
    expect(DEFAULT_MODELS).toEqual(modelId["x-known-values"]);
  });
});

describe("verifiable responses", () => {
  it("signs JSON bodies and every chunk exactly as the API notes describe", async () => {
    const server = newServer();
    const plain = await call(server, "POST", "/v1/embeddings", { body: { model: MODEL, input: "héllo ✓" } });
    expect(verifySignedJson(await plain.text())).toBe(server.signer.address);
    const stream = await call(server, "POST", "/v1/completions", {
      body: { model: MODEL, prompt: "Once", stream: true },
    });
    const { data } = readSSE(await stream.text());
    expect(data.length).toBeGreaterThan(2);
    for (const chunk of data) expect(verifySignedJson(chunk)).toBe(server.signer.address);
  });

  it("writes and signs floats as serde_json writes them, which JSON.stringify would not", async () => {
    const server = newServer();
    const chatBody = { model: MODEL, messages: [{ role: "user", content: "hi" }], logprobs: true };
    const texts = [
      await (
        await call(server, "POST", "/v1/chat/completions", { body: { ...chatBody, top_logprobs: 2 } })
      ).text(),
      await (
        await call(server, "POST", "/v1/completions", { body: { model: MODEL, prompt: "Once", logprobs: 1 } })
      ).text(),
      await (
        await call(server, "POST", "/v1/embeddings", { body: { model: MODEL, input: "x", dimensions: 1 } })
      ).text(),
    ];
    expect(texts[0]).toContain('"logprob":-0.0,');
    expect(texts[0]).toContain('"logprob":-1e-7,');
    expect(texts[0]).toContain('"logprob":-2.0,');
    expect(texts[1]).toContain('"token_logprobs":[-0.0,-0.25,-1e-7,-2.0,');
    expect(texts[2]).toMatch(/"embedding":\[-?1\.0\]/);
    for (const text of texts) {
      expect(verifySignedJson(text)).toBe(server.signer.address);
      expect(JSON.stringify(JSON.parse(text))).not.toBe(text);
    }
  });

  it("leaves models and health unsigned", async () => {
    const server = newServer();
    expect(await (await call(server, "GET", "/v1/models")).json()).not.toHaveProperty("signature");
    expect(await (await call(server, "GET", "/health")).json()).toEqual({ message: "ok" });
  });

  it("signs with a given key, so the signer is known in advance", async () => {
    const key = new Uint8Array(32).fill(7);
    expect(newServer({ signingKey: key }).signer.address).toBe(newServer({ signingKey: key }).signer.address);
  });
});

describe("chat streams", () => {
  const chat = (server: ReturnType<typeof newServer>, body: object, headers?: Record<string, string>) =>
    call(server, "POST", "/v1/chat/completions", {
      body: {
        model: MODEL,
        messages: [{ role: "user", content: "Weather in Paris?" }],
        stream: true,
        ...body,
      },
      headers,
    });

  it("streams tool calls as deltas by index: the name first, then argument fragments", async () => {
    const tools = [exampleOf("ChatCompletionToolsParam")];
    const { data } = readSSE(await (await chat(newServer(), { tools })).text());
    const calls = data.flatMap((chunk) =>
      JSON.parse(chunk).choices.flatMap((choice: any) => choice.delta.tool_calls ?? []),
    );
    expect(calls[0]).toMatchObject({
      index: 0,
      type: "function",
      function: { name: "get_current_weather", arguments: "" },
    });
    expect(calls.slice(1).every((delta: any) => delta.index === 0 && !delta.id && !delta.function.name)).toBe(
      true,
    );
    const args = calls.map((delta: any) => delta.function.arguments).join("");
    expect(JSON.parse(args)).toEqual({ location: "Paris" });
    expect(calls.length).toBeGreaterThan(2);
    const finish = data.map((chunk) => JSON.parse(chunk).choices[0]?.finish_reason).filter(Boolean);
    expect(finish).toEqual(["tool_calls"]);
  });

  it("interleaves the choices of n > 1 step by step, as vLLM streams them", async () => {
    const { data } = readSSE(await (await chat(newServer(), { n: 2 })).text());
    const chunks = data.map((chunk) => JSON.parse(chunk));
    const order = chunks.flatMap((chunk) => chunk.choices.map((choice: any) => choice.index));
    expect(order).toEqual(order.map((_, position) => position % 2));
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: expect.any(Object) });
    const completions = await call(newServer(), "POST", "/v1/completions", {
      body: { model: MODEL, prompt: ["One", "Two"], stream: true },
    });
    const indexes = readSSE(await completions.text()).data.flatMap((chunk) =>
      JSON.parse(chunk).choices.map((choice: any) => choice.index),
    );
    expect(indexes.slice(0, 4)).toEqual([0, 1, 0, 1]);
  });

  it("calls the first two of several tools in parallel, streamed interleaved by index", async () => {
    const tool = (name: string) => ({
      type: "function",
      function: { name, parameters: { type: "object", properties: { city: { type: "string" } } } },
    });
    const tools = [tool("get_weather"), tool("get_time"), tool("get_news")];
    const server = newServer();
    const plain = await call(server, "POST", "/v1/chat/completions", {
      body: { model: MODEL, messages: [{ role: "user", content: "Weather and time in Paris?" }], tools },
    });
    const { message, finish_reason } = (await plain.json()).choices[0];
    expect(finish_reason).toBe("tool_calls");
    expect(message.tool_calls.map((call: any) => call.function.name)).toEqual(["get_weather", "get_time"]);
    expect(new Set(message.tool_calls.map((call: any) => call.id)).size).toBe(2);

    const { data } = readSSE(await (await chat(server, { tools })).text());
    const deltas = data.flatMap((chunk) =>
      JSON.parse(chunk).choices.flatMap((choice: any) => choice.delta.tool_calls ?? []),
    );
    expect(deltas.map((delta: any) => delta.index)).toEqual(deltas.map((_: unknown, at: number) => at % 2));
    expect(deltas.slice(0, 2).map((delta: any) => delta.function.name)).toEqual(["get_weather", "get_time"]);
    for (const index of [0, 1]) {
      const args = deltas
        .filter((delta: any) => delta.index === index)
        .map((delta: any) => delta.function.arguments);
      expect(JSON.parse(args.join(""))).toEqual({ city: "Paris" });
    }

    const single = await chat(server, { tools, parallel_tool_calls: false });
    const names = readSSE(await single.text()).data.flatMap((chunk) =>
      JSON.parse(chunk).choices.flatMap((choice: any) => choice.delta.tool_calls ?? []),
    );
    expect(new Set(names.map((delta: any) => delta.index))).toEqual(new Set([0]));
  });

  it("closes without [DONE] by default (as Atoma's proxy) and sends it on request", async () => {
    const closed = readSSE(await (await chat(newServer(), {})).text());
    expect(closed.data).not.toContain("[DONE]");
    const done = readSSE(await (await chat(newServer(), {}, { "x-mock-stream-end": "done" })).text());
    expect(done.data.at(-1)).toBe("[DONE]");
    expect(done.raw.endsWith("data: [DONE]\n\n")).toBe(true);
  });

  it("carries multi-byte UTF-8 content, a system_fingerprint, and ends with usage even unasked", async () => {
    for (const stream_options of [undefined, { include_usage: false }, { include_usage: true }]) {
      const { data } = readSSE(await (await chat(newServer(), { stream_options })).text());
      const chunks = data.map((chunk) => JSON.parse(chunk));
      const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");
      expect(text).toContain("你好 🚀");
      expect(chunks.every((chunk) => chunk.system_fingerprint === "atoma-mock")).toBe(true);
      expect(chunks.slice(0, -1).some((chunk) => chunk.usage)).toBe(false);
      expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: expect.any(Number) } });
    }
  });

  it("ends completions streams with usage too, and completions carry a system_fingerprint", async () => {
    const server = newServer();
    const body = { model: MODEL, prompt: "Once" };
    expect(await (await call(server, "POST", "/v1/completions", { body })).json()).toMatchObject({
      system_fingerprint: "atoma-mock",
    });
    const stream = await call(server, "POST", "/v1/completions", { body: { ...body, stream: true } });
    const chunks = readSSE(await stream.text()).data.map((chunk) => JSON.parse(chunk));
    expect(chunks.every((chunk) => chunk.system_fingerprint === "atoma-mock")).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: expect.any(Number) } });
  });

  it("honours max tokens and stop sequences", async () => {
    const server = newServer();
    const short = await call(server, "POST", "/v1/chat/completions", {
      body: { model: MODEL, messages: [{ role: "user", content: "hi" }], max_completion_tokens: 2 },
    });
    const body = await short.json();
    expect(body.choices[0].finish_reason).toBe("length");
    expect(body.usage.completion_tokens).toBe(2);
  });
});

describe("refusals", () => {
  it("answers 401 without a bearer token, or with the wrong one when a key is set", async () => {
    const body = { model: MODEL, messages: [{ role: "user", content: "hi" }] };
    const missing = await call(newServer(), "POST", "/v1/chat/completions", {
      body,
      headers: { authorization: "" },
    });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: { code: "AUTH_ERROR", message: "Authentication failed" } });
    const wrong = await call(newServer({ apiKey: "right" }), "POST", "/v1/chat/completions", { body });
    expect(wrong.status).toBe(401);
    expect(
      (await call(newServer({ apiKey: "test-key" }), "POST", "/v1/chat/completions", { body })).status,
    ).toBe(200);
    expect((await call(newServer(), "GET", "/health", { headers: { authorization: "" } })).status).toBe(200);
  });

  it.each([
    [{ messages: [{ role: "user", content: "hi" }] }, "body must have required property 'model' (required)"],
    [
      { model: MODEL, messages: [{ role: "user", content: "hi" }], temperature: 3 },
      "temperature must be <= 2 (maximum)",
    ],
    [
      { model: MODEL, messages: [{ role: "user", content: "hi" }], temperature: "0.5" },
      "temperature must be number,null (type)",
    ],
    [
      { model: MODEL, messages: [{ role: "user", content: "hi" }], stop: ["a", "b", "c", "d", "e"] },
      "stop must NOT have more than 4 items (maxItems)",
    ],
    [{ model: MODEL, messages: [{ role: "robot", content: "hi" }] }, "messages.0.role"],
  ])("answers 400 naming the field and rule for %j", async (body, message) => {
    const response = await call(newServer(), "POST", "/v1/chat/completions", { body });
    expect(response.status).toBe(400);
    const errorBody = await response.json();
    expect(validator.compileNamed("ErrorResponse")(errorBody)).toBe(true);
    const { error } = errorBody;
    expect(error.code).toBe("REQUEST_ERROR");
    expect(error.message).toMatch(/^Request error: invalid request body: /);
    expect(error.message).toContain(message);
  });

  it("answers 400 for a body that is not JSON, an empty 404 for an unknown path, an empty 405 for a wrong method", async () => {
    const server = newServer();
    const broken = await call(server, "POST", "/v1/embeddings", { body: "{not json" });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toEqual({
      code: "REQUEST_ERROR",
      message: "Request error: the request body is not valid JSON",
    });
    const unknown = await call(server, "GET", "/v1/nope");
    expect([unknown.status, await unknown.text()]).toEqual([404, ""]);
    const wrongMethod = await call(server, "GET", "/v1/chat/completions");
    expect([wrongMethod.status, await wrongMethod.text()]).toEqual([405, ""]);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });

  it("takes null for the optional fields the proxy reads as Option (stop)", async () => {
    for (const path of ["/v1/chat/completions", "/v1/completions"]) {
      const base = path.endsWith("chat/completions")
        ? { model: MODEL, messages: [{ role: "user", content: "hi" }] }
        : { model: MODEL, prompt: "hi" };
      expect((await call(newServer(), "POST", path, { body: { ...base, stop: null } })).status).toBe(200);
    }
  });

  it("refuses a model it does not serve as the proxy does: 400 Model not supported", async () => {
    const body = { model: "no/such-model", messages: [{ role: "user", content: "hi" }] };
    const response = await call(newServer(), "POST", "/v1/chat/completions", { body });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: "REQUEST_ERROR",
      message: "Request error: Model not supported",
    });
    const served = await call(newServer({ models: ["no/such-model"] }), "POST", "/v1/chat/completions", {
      body,
    });
    expect(served.status).toBe(200);
  });

  it("reads a plain route's body before the key, and a confidential route's key before its body", async () => {
    const server = newServer({ apiKey: "right" });
    const headers = { authorization: "Bearer wrong" };
    const plain = await call(server, "POST", "/v1/chat/completions", { body: "{not json", headers });
    expect(plain.status).toBe(400);
    const sealed = await call(server, "POST", "/v1/confidential/chat/completions", {
      body: "{not json",
      headers,
    });
    expect(sealed.status).toBe(401);
  });
});

describe("browsers", () => {
  it("may call it from any origin (CORS), preflight included", async () => {
    const server = newServer();
    const preflight = await server.fetch(
      new Request("http://mock/v1/chat/completions", {
        method: "OPTIONS",
        headers: {
          origin: "http://localhost:5173",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    const answer = await call(server, "GET", "/v1/models", { headers: { origin: "http://localhost:5173" } });
    expect(answer.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });
});

describe("the request log", () => {
  it("records method, path, the validated body and headers without the secret", async () => {
    const server = newServer();
    await call(server, "POST", "/v1/embeddings", {
      body: { model: MODEL, input: "x" },
      headers: { "x-trace": "1" },
    });
    expect(server.requests).toHaveLength(1);
    const [entry] = server.requests;
    expect(entry).toMatchObject({
      method: "POST",
      path: "/v1/embeddings",
      operationId: "embeddings_create",
      body: { model: MODEL, input: "x" },
      status: 200,
      outcome: "complete",
    });
    expect(entry!.headers["x-trace"]).toBe("1");
    expect(JSON.stringify(entry)).not.toContain("test-key");
  });
});

describe("completion log probabilities", () => {
  type Logprobs = { tokens: string[]; text_offset: number[] };
  type Choice = { index: number; text: string; logprobs?: Logprobs | null };

  /** Each token's `text_offset` must point at that token in the choice's whole text (code points). */
  function expectOffsetsPointAtTokens(text: string, { tokens, text_offset }: Logprobs) {
    const points = [...text];
    expect(text_offset).toHaveLength(tokens.length);
    tokens.forEach((token, i) => {
      expect(points.slice(text_offset[i], text_offset[i]! + [...token].length).join("")).toBe(token);
    });
  }

  it.each([false, true])("count text_offset from the start of the text, echo %s", async (echo) => {
    const server = newServer();
    const body = { model: MODEL, prompt: "Ünïcode ✓ prompt", logprobs: 2, max_tokens: 12, echo };
    const plain = (await (await call(server, "POST", "/v1/completions", { body })).json()) as {
      choices: Choice[];
    };
    const [choice] = plain.choices;
    expectOffsetsPointAtTokens(choice!.text, choice!.logprobs!);
    expect(choice!.logprobs!.text_offset[0]).toBe(echo ? [...body.prompt].length : 0);

    const stream = await call(server, "POST", "/v1/completions", { body: { ...body, stream: true } });
    const chunks = readSSE(await stream.text()).data.map((data) => JSON.parse(data) as { choices: Choice[] });
    const streamed = chunks.flatMap((chunk) => chunk.choices);
    const joined = {
      tokens: streamed.flatMap((c) => c.logprobs?.tokens ?? []),
      text_offset: streamed.flatMap((c) => c.logprobs?.text_offset ?? []),
    };
    expect(streamed.map((c) => c.text).join("")).toBe(choice!.text);
    expect(joined).toEqual({ tokens: choice!.logprobs!.tokens, text_offset: choice!.logprobs!.text_offset });
  });
});
