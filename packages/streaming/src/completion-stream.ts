import { operationName } from "@atoma-ts/client/internal";
import { ChunkStream, chunkStreamInit, type ChunkStreamOptions } from "./chunk-stream.js";
import { createCompletionAccumulator } from "./completion-accumulator.js";
import type { CompletionChunk, CompletionsResponse } from "./stream-types.js";

const OPERATION = operationName("completions_create");

/**
 * A text completion stream: an `AsyncIterable<CompletionChunk>` with `textStream`, `finalCompletion()`
 * (a `CompletionsResponse`), `toReadableStream()`, `tee()` and `abort()`. See {@link ChunkStream}.
 */
export class CompletionStream extends ChunkStream<CompletionChunk, CompletionsResponse> {
  /** Reads back the bytes of {@link ChunkStream.toReadableStream} (or any completions SSE body). */
  static fromReadableStream(
    body: ReadableStream<Uint8Array>,
    options: ChunkStreamOptions<CompletionChunk> = {},
  ): CompletionStream {
    return createCompletionStream(
      new Response(body, { headers: { "content-type": "text/event-stream" } }),
      options,
    );
  }
}

/**
 * Reads a completions response of server-sent events as a {@link CompletionStream}; see
 * `createChatStream` for the options (`decode`, `signal`, `idleTimeout`).
 *
 * @example
 * const response = await atoma.request("completions_create", { body: { model, prompt, stream: true } });
 * for await (const text of createCompletionStream(response).textStream) process.stdout.write(text);
 */
export function createCompletionStream(
  response: Response,
  options: ChunkStreamOptions<CompletionChunk> = {},
): CompletionStream {
  return new CompletionStream(
    chunkStreamInit(response, options, OPERATION, createCompletionAccumulator(), firstChoiceText),
  );
}

const firstChoiceText = (chunk: CompletionChunk) => chunk.choices?.find((choice) => choice.index === 0)?.text;
