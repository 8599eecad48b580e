import type { APIError } from "@atoma-ts/client";
import { createAPIError, parseBody } from "@atoma-ts/client/internal";
import type { SSEEvent } from "./sse-parser.js";
import { StreamError } from "./stream-error.js";

/** What a {@link ChunkDecoder} knows of the stream it decodes, for its error messages. */
export interface DecodeContext {
  /** The operation, as `METHOD /path`, e.g. `POST /v1/chat/completions`. */
  operation: string;
  /** The response's headers (its `x-request-id` goes into an `APIError`). */
  headers: Headers;
}

/**
 * Turns one event of a stream into a chunk. It is called for every event but `data: [DONE]` (which
 * ends the stream) with the event's data, the event, and the stream's context; it throws to fail the
 * stream (the error reaches the reader after the chunks before it), and returns `undefined` to skip an
 * event. Build on `parseEventData`, which gives the default's error handling.
 *
 * @example
 * // An encrypted stream: each event is {"ciphertext","nonce",...} to decrypt into a chunk.
 * const decode: ChunkDecoder<ChatCompletionChunk> = (data, event, context) =>
 *   JSON.parse(session.open(parseEventData(data, event, context) as Sealed));
 */
export interface ChunkDecoder<Chunk> {
  (data: string, event: SSEEvent, context: DecodeContext): Chunk | undefined;
  /**
   * Called, when present, with the events of each read of the body before they are decoded one by
   * one: a decoder with slow work starts it for all of them at once here (see
   * `createConcurrentDecoder`). It must not reject: an event's failure is thrown by the decoder.
   */
  prepare?(events: SSEEvent[], context: DecodeContext): Promise<void>;
}

/**
 * The default decoding of an event's data: JSON, with the server's errors made errors.
 * - an `event: error` event, or a payload with a non-null `error` field (`{"error": {...}}`, as vLLM
 *   and OpenAI-compatible servers send when they fail mid-stream), throws an `APIError` whose `body`
 *   is the payload (JSON when it parses, else the text). The response was a 200 by then, so its
 *   `status` is the one the payload names (a numeric `error.code` or `error.status` in 400–599, as vLLM
 *   sends), else 500, making it an `InternalServerError`;
 * - data that is not a JSON object throws a {@link StreamError} of type `"invalid-json"` with the
 *   start of the data.
 *
 * @example
 * const chunk = parseEventData('{"id":"c1","choices":[]}', event, { operation, headers });
 */
export function parseEventData(data: string, event: SSEEvent, context: DecodeContext): unknown {
  if (event.event === "error") throw streamAPIError(context, parseBody(data));
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (cause) {
    throw new StreamError(`${context.operation}: an event of the stream is not valid JSON`, {
      type: "invalid-json",
      data,
      cause,
    });
  }
  if (value === null || typeof value !== "object") {
    throw new StreamError(`${context.operation}: an event of the stream is not a JSON object`, {
      type: "invalid-json",
      data,
    });
  }
  if ((value as { error?: unknown }).error != null) throw streamAPIError(context, value);
  return value;
}

/** The default {@link ChunkDecoder}: `parseEventData`, its result taken as the chunk type. */
export function decodeJSONChunk<Chunk>(data: string, event: SSEEvent, context: DecodeContext): Chunk {
  return parseEventData(data, event, context) as Chunk;
}

/** An error the server sent inside a stream whose status line said 200. */
function streamAPIError({ operation, headers }: DecodeContext, body: unknown): APIError {
  return createAPIError({ operation: `${operation} (mid-stream)`, status: statusOf(body), headers, body });
}

function statusOf(body: unknown): number {
  const { error } = Object(body) as { error?: unknown };
  const { code, status } = Object(error) as { code?: unknown; status?: unknown };
  for (const candidate of [code, status]) {
    const number = typeof candidate === "string" ? Number(candidate) : candidate;
    if (Number.isInteger(number) && (number as number) >= 400 && (number as number) < 600)
      return number as number;
  }
  return 500;
}
