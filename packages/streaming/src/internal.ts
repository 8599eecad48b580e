/**
 * What `@atoma-ts/confidential` builds its streams with and users do not need: event decoding, the
 * concurrent decoder, the stream promise, the request body. Unstable: it changes with any release,
 * without notice. Import the package root instead.
 *
 * @internal
 * @packageDocumentation
 */
export { createChatStreamMethod } from "./chat-stream-method.js";
export { createChatAccumulator } from "./chat-accumulator.js";
export { createCompletionAccumulator } from "./completion-accumulator.js";
export { createConcurrentDecoder, type AsyncChunkDecoder } from "./concurrent-decoder.js";
export { decodeJSONChunk, parseEventData } from "./decode-chunk.js";
export { encodeSSE } from "./sse-encoder.js";
export { STREAM_ERROR_DATA_LIMIT } from "./stream-error.js";
export { createStreamPromise } from "./stream-promise.js";
export type { Accumulator } from "./stream-types.js";
export { streamingBody } from "./streaming-body.js";
export { openStream } from "./with-streaming.js";
