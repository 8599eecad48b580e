export {
  createSSEParser,
  DEFAULT_MAX_EVENT_SIZE,
  type SSEEvent,
  type SSEParser,
  type SSEParserOptions,
} from "./sse-parser.js";
export { SSEDecoderStream, type SSEDecoderStreamOptions } from "./sse-decoder-stream.js";
export {
  isStreamError,
  StreamError,
  STREAM_ERROR_DATA_LIMIT,
  type StreamErrorOptions,
  type StreamErrorType,
} from "./stream-error.js";
export { ChatStream, createChatStream } from "./chat-stream.js";
export { CompletionStream, createCompletionStream } from "./completion-stream.js";
export { ChunkStream, type ChunkStreamInit, type ChunkStreamOptions } from "./chunk-stream.js";
export type { ChunkSource } from "./chunk-source.js";
export { decodeJSONChunk, parseEventData, type ChunkDecoder, type DecodeContext } from "./decode-chunk.js";
export { createConcurrentDecoder, type AsyncChunkDecoder } from "./concurrent-decoder.js";
export { createChatAccumulator } from "./chat-accumulator.js";
export { createCompletionAccumulator } from "./completion-accumulator.js";
export { encodeSSE } from "./sse-encoder.js";
export type {
  Accumulator,
  ChatCompletionChunk,
  ChatCompletionResponse,
  ChatStreamParams,
  CompletionChunk,
  CompletionsResponse,
  CompletionStreamParams,
} from "./stream-types.js";
export {
  streamChat,
  streamCompletion,
  withStreaming,
  type StreamingBase,
  type StreamingClient,
  type StreamingClientBase,
  type StreamRequestOptions,
} from "./with-streaming.js";
export { createStreamPromise, type StreamPromise } from "./stream-promise.js";
export { streamingBody } from "./streaming-body.js";
