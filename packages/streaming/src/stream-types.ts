import type { OperationTypes } from "@atoma-ts/client";

type Chat = OperationTypes["chat_completions_create"];
type Completions = OperationTypes["completions_create"];

/** One event's `data` of a chat stream (`data: {...}`), as the spec types it; unknown fields are kept. */
export type ChatCompletionChunk = Chat["chunk"];
/** A whole chat completion: what {@link ChatStream.finalCompletion} assembles from the chunks. */
export type ChatCompletionResponse = Chat["response"];
/** One event's `data` of a completions stream. */
export type CompletionChunk = Completions["chunk"];
/** A whole text completion: what {@link CompletionStream.finalCompletion} assembles. */
export type CompletionsResponse = Completions["response"];

/**
 * The parameters of `chat.stream`: the spec's streaming chat request without `stream` (always `true`).
 * `stream_options` defaults to `{ include_usage: true }`.
 */
export type ChatStreamParams = Omit<Chat["streamRequest"], "stream">;
/** The parameters of `completions.stream`: the streaming completions request without `stream`. */
export type CompletionStreamParams = Omit<Completions["streamRequest"], "stream">;

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
