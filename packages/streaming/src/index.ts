// The streaming package's public API: what an app writes. What only our own packages need is in
// `./internal`.
export {
  createSSEParser,
  DEFAULT_MAX_EVENT_SIZE,
  type SSEEvent,
  type SSEParser,
  type SSEParserOptions,
} from "./sse-parser.js";
export { SSEDecoderStream, type SSEDecoderStreamOptions } from "./sse-decoder-stream.js";
export { isStreamError, StreamError, type StreamErrorOptions, type StreamErrorType } from "./stream-error.js";
export { ChatStream, createChatStream } from "./chat-stream.js";
export { ParsedChatStream, type DeepPartial, type ParsedChatStreamInit } from "./parsed-chat-stream.js";
export { CompletionStream, createCompletionStream } from "./completion-stream.js";
export { ChunkStream, DEFAULT_IDLE_TIMEOUT, type ChunkStreamOptions } from "./chunk-stream.js";
// Types of ChunkStream's constructor, which apps do not call (`@internal` in the API report).
export type { ChunkStreamInit } from "./chunk-stream.js";
export type { ChunkSource } from "./chunk-source.js";
export type { ChunkDecoder, DecodeContext } from "./decode-chunk.js";
export type {
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
export type { StreamPromise } from "./stream-promise.js";
export type { ChatStreamMethod, ChatStreamParseParams } from "./chat-stream-method.js";
export { tool, type Tool, type ToolContext } from "./tools/tool.js";
export { runTools, type ChatRunTools } from "./tools/run-tools.js";
export type { ToolRun } from "./tools/tool-run.js";
export { DEFAULT_MAX_ROUNDS, type RunToolsParams, type ToolRunChat } from "./tools/tool-run-rounds.js";
export type {
  ToolRunCompletionEvent,
  ToolRunEvent,
  ToolRunTextEvent,
  ToolRunToolCallEvent,
  ToolRunToolResultEvent,
} from "./tools/tool-run-event.js";
export {
  isToolRunError,
  ToolRunError,
  type ToolRunErrorOptions,
  type ToolRunErrorType,
} from "./tools/tool-run-error.js";
