import { AtomaError, type AtomaErrorOptions } from "@atoma-ts/client";
import { hasErrorName } from "@atoma-ts/client/internal";

/**
 * What went wrong with a stream:
 * - `"buffer-exceeded"`: one pending event (or line) grew past `maxEventSize`;
 * - `"invalid-json"`: an event's data was not the JSON it should be;
 * - `"truncated"`: the body ended before every choice had its `finish_reason` (or before any choice
 *   came), `[DONE]` or not: Atoma ends a failed stream with a plain close.
 */
export type StreamErrorType = "buffer-exceeded" | "invalid-json" | "truncated";

/** What a {@link StreamError} is made from. */
export interface StreamErrorOptions extends AtomaErrorOptions {
  type: StreamErrorType;
  /** The raw data that failed to parse; kept to its first `STREAM_ERROR_DATA_LIMIT` (200) characters. */
  data?: string;
  /** What the stream had assembled before it failed. */
  partial?: unknown;
}

/** How many characters of raw data a {@link StreamError} keeps. */
export const STREAM_ERROR_DATA_LIMIT = 200;

/**
 * A server-sent event stream could not be read: one class for the whole family, told apart by `type`.
 *
 * @example
 * try {
 *   parser.feed(bytes);
 * } catch (error) {
 *   if (isStreamError(error) && error.type === "buffer-exceeded") console.warn(error.message);
 * }
 */
export class StreamError extends AtomaError {
  static {
    this.prototype.name = "StreamError";
  }
  // `declare`: set in the constructor, so no field initialisers to emit.
  declare readonly type: StreamErrorType;
  /** For `"invalid-json"`: the start of the raw data (at most 200 characters and an ellipsis). */
  declare readonly data?: string;
  /** What the stream had assembled before it failed, when known. */
  declare readonly partial?: unknown;

  constructor(message: string, { type, data, partial, ...options }: StreamErrorOptions) {
    super(message, options);
    this.type = type;
    // Bounded so a huge (or secret-laden) payload never rides along in logs whole.
    this.data =
      data && data.length > STREAM_ERROR_DATA_LIMIT ? `${data.slice(0, STREAM_ERROR_DATA_LIMIT)}…` : data;
    this.partial = partial;
  }
}

/** Whether an error is a {@link StreamError}, also one from another copy of the package or realm. */
export const isStreamError = (error: unknown): error is StreamError => hasErrorName(error, "StreamError");
