import { operationName } from "@atoma-ts/client/internal";
import { createChatAccumulator } from "./chat-accumulator.js";
import { ChunkStream, chunkStreamInit, type ChunkStreamOptions } from "./chunk-stream.js";
import type { ChatCompletionChunk, ChatCompletionResponse } from "./stream-types.js";

const OPERATION = operationName("chat_completions_create");

/**
 * A chat completion stream: an `AsyncIterable<ChatCompletionChunk>` with `textStream`,
 * `finalCompletion()` (a `ChatCompletionResponse`), `toReadableStream()`, `tee()` and `abort()`.
 * See {@link ChunkStream}.
 */
export class ChatStream extends ChunkStream<ChatCompletionChunk, ChatCompletionResponse> {
  /**
   * Reads back the bytes of {@link ChunkStream.toReadableStream} (or any chat SSE body), e.g. in a
   * browser fetching a route handler that re-serves a stream.
   *
   * @example
   * const response = await fetch("/api/chat", { method: "POST", body });
   * const stream = ChatStream.fromReadableStream(response.body!);
   * for await (const text of stream.textStream) output.append(text);
   */
  static fromReadableStream(
    body: ReadableStream<Uint8Array>,
    options: ChunkStreamOptions<ChatCompletionChunk> = {},
  ): ChatStream {
    return createChatStream(
      new Response(body, { headers: { "content-type": "text/event-stream" } }),
      options,
    );
  }
}

/**
 * Reads a chat completion response of server-sent events as a {@link ChatStream}: the core that
 * `chat.stream` uses, and that encrypted or verified streams build on with their own `decode`. The
 * response must be a success (check `response.ok` first); its body is read from now on.
 *
 * @example
 * // A confidential stream: each event's data is {"ciphertext","nonce",...}.
 * const stream = createChatStream(response, {
 *   decode: (data, event, context) => decrypt(parseEventData(data, event, context)),
 *   idleTimeout: 30_000,
 *   signal,
 * });
 * for await (const chunk of stream) console.log(chunk.choices[0]?.delta.content);
 */
export function createChatStream(
  response: Response,
  options: ChunkStreamOptions<ChatCompletionChunk> = {},
): ChatStream {
  return new ChatStream(chatStreamInit(response, options));
}

/** What a {@link ChatStream} (or a subclass) is made of. */
export const chatStreamInit = (response: Response, options: ChunkStreamOptions<ChatCompletionChunk>) =>
  chunkStreamInit(response, options, OPERATION, createChatAccumulator(), firstChoiceContent);

const firstChoiceContent = (chunk: ChatCompletionChunk) =>
  chunk.choices?.find((choice) => choice.index === 0)?.delta.content;
