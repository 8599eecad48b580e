import type { ParseResponseFormat } from "@atoma-ts/client";
import { isSchemaFormat, jsonSchemaFormat, schemaFormatOf } from "@atoma-ts/client/internal";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { createChatStream, type ChatStream } from "./chat-stream.js";
import type { ChunkStreamOptions } from "./chunk-stream.js";
import { createParsedChatStream, type ParsedChatStream } from "./parsed-chat-stream.js";
import { createStreamPromise, type StreamPromise } from "./stream-promise.js";
import type { ChatCompletionChunk, ChatStreamParams } from "./stream-types.js";
import type { StreamRequestOptions } from "./with-streaming.js";

/** The parameters of a `chat.stream` with a schema as `response_format` (as `chat.parse` takes). */
export type ChatStreamParseParams<
  S extends StandardSchemaV1 = StandardSchemaV1,
  Params = ChatStreamParams,
> = Omit<Params, "response_format"> & { response_format: ParseResponseFormat<S> };

/**
 * A `chat.stream`: plain, or of a schema's structured answer. `Params` and `Options` are those of the
 * client it is on (the confidential client takes its own).
 */
export interface ChatStreamMethod<Params = ChatStreamParams, Options = StreamRequestOptions> {
  /**
   * Streams a chat completion whose answer follows a schema (see `chat.parse`): the stream's
   * `partialObjects` gives the answer as it arrives, its `finalCompletion()` the validated `parsed`.
   */
  <S extends StandardSchemaV1>(
    params: ChatStreamParseParams<S, Params>,
    options?: Options,
  ): StreamPromise<ParsedChatStream<StandardSchemaV1.InferOutput<S>, StandardSchemaV1.InferInput<S>>>;
  /**
   * Streams a chat completion. Iterate the result directly, or await it for the {@link ChatStream}
   * and its helpers.
   */
  (params: Params, options?: Options): StreamPromise<ChatStream>;
}

/** Reads a chat stream's response: as a plain {@link ChatStream}, or as one that parses a schema's answer. */
export type ChatStreamReader = (
  response: Response,
  options: ChunkStreamOptions<ChatCompletionChunk>,
) => ChatStream;

/**
 * Opens a chat stream of `params` (the client's own way: plain, verifying or confidential) and reads its
 * response with `read`, passing it the stream options it builds.
 */
export type OpenChatStream<Params, Options> = (
  params: Params,
  options: Options | undefined,
  read: ChatStreamReader,
) => Promise<ChatStream>;

/**
 * The one `chat.stream` of every client: given a schema as `response_format`, it sends the schema's
 * JSON Schema (as `chat.parse` does) and reads a {@link ParsedChatStream}; otherwise a plain stream.
 * A schema without a JSON Schema rejects the promise with the client's `ParseError`, before sending.
 */
export function createChatStreamMethod<Params extends { response_format?: unknown }, Options>(
  open: OpenChatStream<Params, Options>,
): ChatStreamMethod<Params, Options> {
  const method = (params: Params, options?: Options) => {
    const format = params.response_format;
    if (!isSchemaFormat(format)) return createStreamPromise(open(params, options, createChatStream));
    const opening = (async () => {
      const schemaFormat = schemaFormatOf(format);
      const body = { ...params, response_format: jsonSchemaFormat(schemaFormat) };
      const read: ChatStreamReader = (response, streamOptions) =>
        createParsedChatStream(response, streamOptions, schemaFormat.schema);
      return open(body, options, read);
    })();
    return createStreamPromise(opening);
  };
  return method as ChatStreamMethod<Params, Options>;
}
