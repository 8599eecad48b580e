import { createAtomaClient, type APIPromise, type ParsedChatCompletion } from "@atoma-ts/client";
import {
  tool,
  withStreaming,
  type ChatRunTools,
  type ChatStream,
  type CompletionStream,
  type ParsedChatStream,
  type StreamRequestOptions,
  type ToolRun,
} from "@atoma-ts/streaming";
import type {
  ChatCompletionChunk,
  ChatCompletionResponse,
  CreateChatCompletionRequest,
  CreateImageResponse,
  ModelList,
} from "@atoma-ts/types";
import { assertType, describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  createConfidentialClient,
  withVerification,
  type ConfidentialRequestOptions,
  type StreamPromise,
  type Verification,
  type Verified,
} from "../index.js";

const atoma = createAtomaClient();
const secure = createConfidentialClient(atoma, { trustedSigners: ["0x1"] });
const messages = [{ role: "user" as const, content: "Hi" }];

describe("secure.chat.create", () => {
  it("takes the plain chat request and call options", () => {
    expectTypeOf(secure.chat.create).parameter(0).toEqualTypeOf<CreateChatCompletionRequest>();
    expectTypeOf(secure.chat.create).parameter(1).toEqualTypeOf<ConfidentialRequestOptions | undefined>();
    assertType(
      secure.chat.create({ model: "m", messages }, { computeUnits: 4096, signal: AbortSignal.abort() }),
    );
    // @ts-expect-error messages are required
    assertType(secure.chat.create({ model: "m" }));
    // @ts-expect-error create does not stream (use chat.stream)
    assertType(secure.chat.create({ model: "m", messages, stream: true }));
    // @ts-expect-error not an option
    assertType(secure.chat.create({ model: "m", messages }, { computeUnit: 1 }));
  });

  it("resolves to the plain response with its verification", async () => {
    expectTypeOf(secure.chat.create).returns.toEqualTypeOf<APIPromise<Verified<ChatCompletionResponse>>>();
    const completion = await secure.chat.create({ model: "m", messages });
    expectTypeOf(completion).toExtend<ChatCompletionResponse>();
    expectTypeOf(completion.verification).toEqualTypeOf<Verification>();
    expectTypeOf(completion.verification.signer).toBeString();
    expectTypeOf(completion.choices[0]!.message.content).toEqualTypeOf<string | null>();
    expectTypeOf((await secure.images.generate({ model: "m", prompt: "p" })).data).toEqualTypeOf<
      CreateImageResponse["data"]
    >();
  });
});

describe("secure.chat.stream", () => {
  it("is a promise of a ChatStream that iterates chunks", async () => {
    const pending = secure.chat.stream({ model: "m", messages });
    expectTypeOf(pending).toEqualTypeOf<StreamPromise<ChatStream>>();
    expectTypeOf(await pending).toEqualTypeOf<ChatStream>();
    for await (const chunk of pending) expectTypeOf(chunk).toEqualTypeOf<ChatCompletionChunk>();
    expectTypeOf(
      await secure.completions.stream({ model: "m", prompt: "p" }),
    ).toEqualTypeOf<CompletionStream>();
    // @ts-expect-error stream is always true here
    assertType(secure.chat.stream({ model: "m", messages, stream: true }));
    assertType(secure.chat.stream({ model: "m", messages }, { idleTimeout: 1000, computeUnits: 10 }));
  });

  it("needs a client that can lock nodes", () => {
    // @ts-expect-error no nodes.lock
    createConfidentialClient({ request: atoma.request });
  });
});

describe("withVerification", () => {
  it("verifies the plain methods and keeps the rest of the client, streaming or not", async () => {
    const verified = withVerification(withStreaming(atoma), { trustedSigners: new Set(["0x1"]) });
    expectTypeOf(await verified.chat.create({ model: "m", messages })).toEqualTypeOf<
      Verified<ChatCompletionResponse>
    >();
    expectTypeOf(verified.chat.stream({ model: "m", messages })).toEqualTypeOf<StreamPromise<ChatStream>>();
    expectTypeOf(await verified.models.list()).toEqualTypeOf<ModelList>();
    expectTypeOf(verified.request).toEqualTypeOf(atoma.request);
    expectTypeOf(withVerification(atoma).completions.stream).returns.toEqualTypeOf<
      StreamPromise<CompletionStream>
    >();
  });
});

describe("embeddings, confidential and verified", () => {
  const verified = withVerification(atoma);
  it("are typed by encoding_format and carry their verification", async () => {
    const base64 = await secure.embeddings.create({ model: "m", input: "Hi", encoding_format: "base64" });
    expectTypeOf(base64.data[0]!.embedding).toEqualTypeOf<string>();
    expectTypeOf(base64.verification).toEqualTypeOf<Verification>();
    const floats = await verified.embeddings.create({ model: "m", input: "Hi" });
    expectTypeOf(floats.data[0]!.embedding).toEqualTypeOf<number[]>();
    expectTypeOf(floats.verification).toEqualTypeOf<Verification>();
  });
});

describe("chat.parse on the confidential and verifying clients", () => {
  const Weather = z.object({ city: z.string() });
  type Parsed = ParsedChatCompletion<{ city: string }> & { readonly verification: Verification };

  it("types `parsed` by the schema, with the verification", () => {
    expectTypeOf(secure.chat.parse({ model: "m", messages, response_format: Weather })).toEqualTypeOf<
      APIPromise<Parsed>
    >();
    expectTypeOf(
      withVerification(withStreaming(atoma)).chat.parse({ model: "m", messages, response_format: Weather }),
    ).toEqualTypeOf<APIPromise<Parsed>>();
    assertType(secure.chat.parse({ model: "m", messages, response_format: Weather }, { computeUnits: 1 }));
    // @ts-expect-error a schema is required
    assertType(secure.chat.parse({ model: "m", messages, response_format: { type: "json_object" } }));
  });
});

describe("chat.stream of a schema on the confidential and verifying clients", () => {
  const Weather = z.object({ city: z.string() });
  type Weather = z.output<typeof Weather>;

  it("is a ParsedChatStream typed by the schema, with the client's own options", () => {
    expectTypeOf(secure.chat.stream({ model: "m", messages, response_format: Weather })).toEqualTypeOf<
      StreamPromise<ParsedChatStream<Weather, Weather>>
    >();
    expectTypeOf(
      withVerification(atoma).chat.stream({ model: "m", messages, response_format: Weather }),
    ).toEqualTypeOf<StreamPromise<ParsedChatStream<Weather, Weather>>>();
    assertType(secure.chat.stream({ model: "m", messages, response_format: Weather }, { computeUnits: 1 }));
    // @ts-expect-error stream is always true here, with a schema too
    assertType(secure.chat.stream({ model: "m", messages, response_format: Weather, stream: true }));
  });
});

describe("chat.runTools on the confidential and verifying clients", () => {
  const getWeather = tool({
    name: "get_weather",
    parameters: z.object({ city: z.string() }),
    run: ({ city }) => expectTypeOf(city).toEqualTypeOf<string>(),
  });

  it("gives a ToolRun, with each client's call options", () => {
    const params = { model: "m", messages, tools: [getWeather] };
    expectTypeOf(secure.chat.runTools(params, { computeUnits: 1, idleTimeout: 1 })).toEqualTypeOf<ToolRun>();
    expectTypeOf(withVerification(atoma).chat.runTools(params)).toEqualTypeOf<ToolRun>();
    expectTypeOf(withVerification(withStreaming(atoma)).chat.runTools).toEqualTypeOf<
      ChatRunTools<StreamRequestOptions>
    >();
    // @ts-expect-error computeUnits is the confidential client's
    withVerification(atoma).chat.runTools(params, { computeUnits: 1 });
  });
});
