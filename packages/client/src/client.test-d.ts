import type {
  ChatCompletionResponse,
  CompletionsResponse,
  CreateChatCompletionRequest,
  HealthResponse,
  ModelList,
  NodesCreateLockResponse,
} from "@atoma-ts/types";
import { pino } from "pino";
import { describe, expectTypeOf, it } from "vitest";
import winston from "winston";
import {
  createAtomaClient,
  isRateLimitError,
  type APIPromise,
  type AtomaClient,
  type AuthenticationError,
  type InternalServerError,
  type Logger,
  type NotFoundError,
  type RateLimitError,
  type WithResponse,
} from "./index.js";

const atoma = createAtomaClient();
const messages = [{ role: "user" as const, content: "Hello!" }];

describe("method types", () => {
  it("take the operation's request and resolve to its response", () => {
    expectTypeOf(atoma.chat.create).parameter(0).toEqualTypeOf<CreateChatCompletionRequest>();
    expectTypeOf(atoma.chat.create({ model: "m", messages })).toEqualTypeOf<
      APIPromise<ChatCompletionResponse>
    >();
    expectTypeOf(
      atoma.completions.create({ model: "m", prompt: "Hi" }),
    ).resolves.toEqualTypeOf<CompletionsResponse>();
    expectTypeOf(atoma.models.list()).resolves.toEqualTypeOf<ModelList>();
    expectTypeOf(atoma.health.check()).resolves.toEqualTypeOf<HealthResponse>();
    expectTypeOf(atoma.nodes.lock({ model: "m" })).resolves.toEqualTypeOf<NodesCreateLockResponse>();
    expectTypeOf(atoma.chat.create({ model: "m", messages }).withResponse()).resolves.toEqualTypeOf<
      WithResponse<ChatCompletionResponse>
    >();
  });

  it("refuse a wrong field, a missing model, and streaming", () => {
    // @ts-expect-error: no such field
    void atoma.chat.create({ model: "m", messages, temprature: 1 });
    // @ts-expect-error: model is required
    void atoma.chat.create({ messages });
    // @ts-expect-error: streaming is @atoma-ts/streaming's job
    void atoma.chat.create({ model: "m", messages, stream: true });
    // @ts-expect-error: a GET takes no parameters
    void atoma.models.list({ model: "m" });
  });

  it("take per-call options", () => {
    void atoma.chat.create(
      { model: "m", messages },
      { signal: AbortSignal.timeout(1), timeout: 5, maxRetries: 0 },
    );
    void atoma.models.list({ headers: { "x-a": "b" } });
    // @ts-expect-error: not an option
    void atoma.models.list({ retries: 3 });
  });

  it("have no confidential methods", () => {
    expectTypeOf<keyof AtomaClient>().toEqualTypeOf<
      "chat" | "completions" | "embeddings" | "images" | "models" | "health" | "nodes" | "request" | "raw"
    >();
    expectTypeOf<keyof AtomaClient["models"]>().toEqualTypeOf<"list" | "listOpenRouter">();
    expectTypeOf<keyof AtomaClient["nodes"]>().toEqualTypeOf<"lock" | "register">();
  });
});

describe("request()", () => {
  it("takes an operation id and its body, streaming request included, and gives a Response", () => {
    expectTypeOf(
      atoma.request("chat_completions_create", { body: { model: "m", messages, stream: true } }),
    ).toEqualTypeOf<Promise<Response>>();
    void atoma.request("models_list");
    void atoma.request("confidential_embeddings_create", { signal: AbortSignal.abort() });
    // @ts-expect-error: no such operation
    void atoma.request("chat_completions_delete");
    // @ts-expect-error: a wrong body
    void atoma.request("nodes_create_lock", { body: { modle: "m" } });
  });
});

describe("raw", () => {
  it("is typed by the spec's paths", async () => {
    const { data } = await atoma.raw.POST("/v1/chat/completions", { body: { model: "m", messages } });
    expectTypeOf(data).toEqualTypeOf<ChatCompletionResponse | undefined>();
    // @ts-expect-error: no such path
    void atoma.raw.GET("/v1/nope");
  });
});

describe("status errors", () => {
  it("are distinct types, each narrowed by its guard", () => {
    expectTypeOf<RateLimitError>().not.toMatchTypeOf<AuthenticationError>();
    expectTypeOf<InternalServerError>().not.toMatchTypeOf<NotFoundError>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    const error: unknown = undefined;
    if (isRateLimitError(error)) expectTypeOf(error).toEqualTypeOf<RateLimitError>();
  });
});

describe("embeddings", () => {
  const input = "Hello";
  it("are typed by encoding_format", () => {
    const floats = atoma.embeddings.create({ model: "m", input });
    expectTypeOf(floats)
      .resolves.toHaveProperty("data")
      .items.toHaveProperty("embedding")
      .toEqualTypeOf<number[]>();
    const explicit = atoma.embeddings.create({ model: "m", input, encoding_format: "float" });
    expectTypeOf(explicit)
      .resolves.toHaveProperty("data")
      .items.toHaveProperty("embedding")
      .toEqualTypeOf<number[]>();
    const base64 = atoma.embeddings.create({ model: "m", input, encoding_format: "base64" });
    expectTypeOf(base64)
      .resolves.toHaveProperty("data")
      .items.toHaveProperty("embedding")
      .toEqualTypeOf<string>();
    const format = Math.random() > 0.5 ? ("float" as const) : ("base64" as const);
    const either = atoma.embeddings.create({ model: "m", input, encoding_format: format });
    expectTypeOf(either)
      .resolves.toHaveProperty("data")
      .items.toHaveProperty("embedding")
      .toEqualTypeOf<number[] | string>();
  });

  it("still refuse unknown and mistyped parameters", () => {
    // @ts-expect-error: no such parameter
    void atoma.embeddings.create({ model: "m", input, dimension: 3 });
    // @ts-expect-error: no such encoding
    void atoma.embeddings.create({ model: "m", input, encoding_format: "int8" });
  });
});

describe("logger", () => {
  it("takes console, pino, winston and any object with the four methods", () => {
    expectTypeOf(console).toExtend<Logger>();
    expectTypeOf(pino()).toExtend<Logger>();
    expectTypeOf(winston.createLogger()).toExtend<Logger>();
    createAtomaClient({ logger: console, logLevel: "info" });
    createAtomaClient({ logger: pino({ level: "debug" }), logLevel: "debug" });
    const lines: string[] = [];
    createAtomaClient({
      logger: { error: lines.push, warn: lines.push, info: lines.push, debug: lines.push },
    });
  });

  it("refuses an unknown level and a logger missing a method", () => {
    // @ts-expect-error: no such level
    createAtomaClient({ logLevel: "verbose" });
    // @ts-expect-error: no debug
    createAtomaClient({ logger: { error() {}, warn() {}, info() {} } });
  });
});
