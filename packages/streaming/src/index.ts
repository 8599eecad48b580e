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
