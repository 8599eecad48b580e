import { createAtomaClient } from "@atoma-ts/client";
import { describe, expectTypeOf, it } from "vitest";
import type { ChatStream } from "./chat-stream.js";
import type { CompletionStream } from "./completion-stream.js";
import type {
  ChatCompletionChunk,
  ChatCompletionResponse,
  ChatStreamParams,
  CompletionChunk,
  CompletionsResponse,
} from "./stream-types.js";
import { streamChat, withStreaming, type StreamRequestOptions } from "./with-streaming.js";
import { createChatStream } from "./chat-stream.js";
import { parseEventData, type ChunkDecoder } from "./decode-chunk.js";

const atoma = withStreaming(createAtomaClient());
const messages = [{ role: "user" as const, content: "Hi" }];

describe("withStreaming", () => {
  it("adds typed stream methods and keeps the client's", () => {
    // chat.stream is overloaded (a schema as response_format: see parsed-chat-stream.test-d.ts).
    const params: ChatStreamParams = { model: "m", messages };
    const options: StreamRequestOptions = { idleTimeout: 1 };
    expectTypeOf(atoma.chat.stream(params, options)).resolves.toEqualTypeOf<ChatStream>();
    expectTypeOf(atoma.completions.stream).returns.resolves.toEqualTypeOf<CompletionStream>();
    expectTypeOf(atoma.chat.create).returns.resolves.toEqualTypeOf<ChatCompletionResponse>();
    expectTypeOf(atoma.request).toEqualTypeOf<ReturnType<typeof createAtomaClient>["request"]>();
  });

  it("yields the spec's chunk types and assembles the response types", async () => {
    const chat = await atoma.chat.stream({ model: "m", messages });
    expectTypeOf(chat).toExtend<AsyncIterable<ChatCompletionChunk>>();
    expectTypeOf(chat.textStream).toEqualTypeOf<AsyncIterable<string>>();
    expectTypeOf(chat.finalCompletion()).resolves.toEqualTypeOf<ChatCompletionResponse>();
    expectTypeOf(chat.partial).toEqualTypeOf<ChatCompletionResponse | undefined>();
    expectTypeOf(chat.tee()).toEqualTypeOf<[ChatStream, ChatStream]>();
    expectTypeOf(chat.toReadableStream()).toEqualTypeOf<ReadableStream<Uint8Array>>();
    for await (const chunk of chat)
      expectTypeOf(chunk.choices[0]!.delta.content).toEqualTypeOf<string | null | undefined>();

    const completion = await atoma.completions.stream({ model: "m", prompt: "Once" });
    expectTypeOf(completion).toExtend<AsyncIterable<CompletionChunk>>();
    expectTypeOf(completion.finalCompletion()).resolves.toEqualTypeOf<CompletionsResponse>();
  });

  it("takes the streaming request without `stream`, and checks its fields", () => {
    void atoma.chat.stream({
      model: "m",
      messages,
      stream_options: { include_usage: false },
      temperature: 0.2,
    });
    // @ts-expect-error temperature is a number
    void atoma.chat.stream({ model: "m", messages, temperature: "hot" });
    // @ts-expect-error stream is always true: not a parameter
    void atoma.chat.stream({ model: "m", messages, stream: true });
    // @ts-expect-error a completions request has a prompt, not messages
    void atoma.completions.stream({ model: "m", messages });
    // @ts-expect-error idleTimeout is milliseconds
    void streamChat(atoma, { model: "m", messages }, { idleTimeout: "30s" });
  });

  it("types the decoder hook", () => {
    const decode: ChunkDecoder<ChatCompletionChunk> = (data, event, context) => {
      expectTypeOf(event.event).toEqualTypeOf<string | undefined>();
      expectTypeOf(context.headers).toEqualTypeOf<Headers>();
      return parseEventData(data, event, context) as ChatCompletionChunk;
    };
    expectTypeOf(createChatStream(new Response(), { decode, idleTimeout: 1 })).toEqualTypeOf<ChatStream>();
    // @ts-expect-error a chat stream's decoder makes chat chunks
    createChatStream(new Response(), { decode: (): CompletionChunk => ({}) as CompletionChunk });
  });
});
