import type { OperationTypes } from "@atoma-ts/client";

/** One event's `data` of a chat stream (`data: {...}`), as the spec types it; unknown fields are kept. */
export type ChatCompletionChunk = OperationTypes["chat_completions_create"]["chunk"];
/** A whole chat completion: what `ChatStream.finalCompletion()` assembles from the chunks. */
export type ChatCompletionResponse = OperationTypes["chat_completions_create"]["response"];
/** One event's `data` of a completions stream. */
export type CompletionChunk = OperationTypes["completions_create"]["chunk"];
/** A whole text completion: what `CompletionStream.finalCompletion()` assembles. */
export type CompletionsResponse = OperationTypes["completions_create"]["response"];

/**
 * The parameters of `chat.stream`: the spec's streaming chat request without `stream` (always `true`).
 * `stream_options` defaults to `{ include_usage: true }`.
 */
export type ChatStreamParams = Omit<OperationTypes["chat_completions_create"]["streamRequest"], "stream">;
/** The parameters of `completions.stream`: the streaming completions request without `stream`. */
export type CompletionStreamParams = Omit<OperationTypes["completions_create"]["streamRequest"], "stream">;

/**
 * Folds the chunks of one stream into the whole response, as they arrive. Pure: no I/O, no clock.
 * The chunks are read, never changed.
 */
export interface Accumulator<Chunk, Final> {
  /** Adds the next chunk. */
  add(chunk: Chunk): void;
  /** The response assembled so far, as a new object; `undefined` before the first chunk. */
  result(): Final | undefined;
  /** Whether the stream looks complete: at least one choice, and every choice has its `finish_reason`. */
  finished(): boolean;
}
