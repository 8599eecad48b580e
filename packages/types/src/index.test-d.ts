import { assertType, describe, expectTypeOf, it } from "vitest";
import type {
  ChatCompletionChunk,
  ChatCompletionMessage,
  ChatCompletionResponse,
  components,
  CreateChatCompletionRequest,
  CreateChatCompletionStreamRequest,
  operations,
  paths,
} from "./index.js";
import { seedExamples } from "./test-utils/seed-examples.js";

describe("@atoma-ts/types", () => {
  it("names every schema at the root, as lookups into components", () => {
    expectTypeOf<ChatCompletionResponse>().toEqualTypeOf<components["schemas"]["ChatCompletionResponse"]>();
    expectTypeOf<ChatCompletionChunk["choices"][number]["delta"]["content"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("ties paths and operations together", () => {
    expectTypeOf<paths["/v1/chat/completions"]["post"]>().toEqualTypeOf<
      operations["chat_completions_create"]
    >();
    expectTypeOf<
      operations["chat_completions_create"]["responses"][200]["content"]["text/event-stream"]
    >().toEqualTypeOf<ChatCompletionChunk[]>();
  });

  it("accepts every example request of the documents, in wire format", () => {
    expectTypeOf(seedExamples).items.toBeObject();
    assertType<CreateChatCompletionRequest>({
      model: "meta-llama/Llama-3.3-70B-Instruct",
      messages: [{ role: "tool", content: "21", tool_call_id: "call_1" }],
    });
  });

  it("tells the plain request from the streaming one by `stream`", () => {
    expectTypeOf<CreateChatCompletionStreamRequest["stream"]>().toEqualTypeOf<true>();
    expectTypeOf<CreateChatCompletionRequest["stream"]>().toEqualTypeOf<false | null | undefined>();
  });

  it("rejects a request without model, an unknown role and a string temperature", () => {
    // @ts-expect-error model is required
    assertType<CreateChatCompletionRequest>({ messages: [{ role: "user", content: "hi" }] });
    // @ts-expect-error "robot" is no role
    assertType<ChatCompletionMessage>({ role: "robot", content: "hi" });
    // @ts-expect-error temperature is a number
    assertType<CreateChatCompletionRequest>({ model: "m", messages: [], temperature: "0.7" });
    // @ts-expect-error a tool message names the call it answers by its string id
    assertType<ChatCompletionMessage>({ role: "tool", content: "21", tool_call_id: 21 });
  });
});

describe("model ids", () => {
  type ChatModel = CreateChatCompletionRequest["model"];
  type EmbeddingModel = components["schemas"]["CreateEmbeddingRequest"]["model"];
  type ImageModel = components["schemas"]["CreateImageRequest"]["model"];

  it("offer the ids Atoma serves today, for autocompletion", () => {
    expectTypeOf<Extract<ChatModel, string & `${string}/${string}`>>().toEqualTypeOf<
      "meta-llama/Llama-3.3-70B-Instruct" | "deepseek-ai/DeepSeek-R1"
    >();
    expectTypeOf<
      Extract<EmbeddingModel, `${string}/${string}`>
    >().toEqualTypeOf<"intfloat/multilingual-e5-large-instruct">();
    expectTypeOf<
      Extract<ImageModel, `${string}/${string}`>
    >().toEqualTypeOf<"black-forest-labs/FLUX.1-schnell">();
    expectTypeOf<ChatModel>().not.toEqualTypeOf<string>();
  });

  it("accept any other string", () => {
    assertType<ChatModel>("my-org/my-fine-tune");
    assertType<EmbeddingModel>("any");
    assertType<components["schemas"]["NodesCreateLockRequest"]["model"]>("black-forest-labs/FLUX.1-schnell");
    // @ts-expect-error: a model id is a string
    assertType<ChatModel>(42);
  });
});
