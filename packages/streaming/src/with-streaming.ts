import type {
  AtomaClient,
  OperationBody,
  OperationId,
  OperationTable,
  OperationTypes,
  RequestOptions,
} from "@atoma-ts/client";
import { createChatStream, type ChatStream } from "./chat-stream.js";
import { createChatStreamMethod, type ChatStreamMethod } from "./chat-stream-method.js";
import type { ChunkStreamOptions } from "./chunk-stream.js";
import { createCompletionStream, type CompletionStream } from "./completion-stream.js";
import { createStreamPromise, type StreamPromise } from "./stream-promise.js";
import { streamingBody } from "./streaming-body.js";
import type { ChatStreamParams, CompletionStreamParams } from "./stream-types.js";

/**
 * The options of a streaming call: those of every call (`signal`, `timeout` until the headers arrive,
 * `maxRetries` before the first byte, `headers`), and the stream's `idleTimeout`, `dataTimeout` and `maxEventSize`.
 */
export interface StreamRequestOptions
  extends RequestOptions, Pick<ChunkStreamOptions<never>, "idleTimeout" | "dataTimeout" | "maxEventSize"> {}

/** What the stream functions need of a client. */
export type StreamingBase = Pick<AtomaClient, "request">;

/**
 * Streams a chat completion: sends the request with `stream: true` (and `stream_options:
 * { include_usage: true }` unless `params` has `stream_options`), and resolves to a {@link ChatStream}
 * once the headers are in. An error status rejects with the client's `APIError`, after the client's
 * retries; nothing is retried once the stream has begun.
 *
 * @example
 * const stream = await streamChat(atoma, { model, messages: [{ role: "user", content: "Hi" }] });
 * for await (const text of stream.textStream) process.stdout.write(text);
 */
export function streamChat(
  atoma: StreamingBase,
  params: ChatStreamParams,
  options: StreamRequestOptions = {},
): Promise<ChatStream> {
  return openStream(atoma, "chat_completions_create", params, options, createChatStream);
}

/**
 * Streams a text completion, as {@link streamChat} does a chat completion.
 *
 * @example
 * const stream = await streamCompletion(atoma, { model, prompt: "Once upon a time" });
 * console.log((await stream.finalCompletion()).choices[0]?.text);
 */
export function streamCompletion(
  atoma: StreamingBase,
  params: CompletionStreamParams,
  options: StreamRequestOptions = {},
): Promise<CompletionStream> {
  return openStream(atoma, "completions_create", params, options, createCompletionStream);
}

/**
 * The operations that stream in clear: those with a `chunk` type, less the confidential ones (they
 * stream sealed chunks, read by the confidential package).
 */
type StreamOperation = {
  [Id in OperationId]: "chunk" extends keyof OperationTypes[Id]
    ? OperationTable[Id] extends { confidentialOf: string }
      ? never
      : Id
    : never;
}[OperationId];

/** Sends a streaming request and reads its response as a stream once the headers are in. */
async function openStream<Stream>(
  atoma: StreamingBase,
  operationId: StreamOperation,
  params: ChatStreamParams | CompletionStreamParams,
  options: StreamRequestOptions,
  read: (response: Response, options: ChunkStreamOptions<never>) => Stream,
): Promise<Stream> {
  // One options object serves both: the request ignores the stream's options, and the stream the request's.
  const body = streamingBody(params) as OperationBody<typeof operationId>;
  return read(await atoma.request(operationId, { ...options, body }), options);
}

/** A client with `chat.stream` and `completions.stream`. */
export type StreamingClient<Client extends StreamingClientBase> = Omit<Client, "chat" | "completions"> & {
  chat: Client["chat"] & {
    /**
     * Streams a chat completion; see {@link streamChat}. Iterate the result directly, or await it for
     * the {@link ChatStream} and its helpers. Given a schema as `response_format`, a
     * `ParsedChatStream`.
     */
    stream: ChatStreamMethod;
  };
  completions: Client["completions"] & {
    /** Streams a text completion; see {@link streamCompletion}. Iterate it, or await it. */
    stream(params: CompletionStreamParams, options?: StreamRequestOptions): StreamPromise<CompletionStream>;
  };
};

/** What {@link withStreaming} extends: a client, or anything with its `request`, `chat` and `completions`. */
export type StreamingClientBase = Pick<AtomaClient, "request" | "chat" | "completions">;

/**
 * The client with `chat.stream` and `completions.stream` added (a new object; the client is not
 * changed). The client package cannot depend on this one, so streaming is added here.
 *
 * @example
 * const atoma = withStreaming(createAtomaClient({ apiKey }));
 * for await (const chunk of atoma.chat.stream({ model, messages }, { idleTimeout: 30_000 })) {
 *   console.log(chunk.choices[0]?.delta.content);
 * }
 */
export function withStreaming<Client extends StreamingClientBase>(atoma: Client): StreamingClient<Client> {
  return {
    ...atoma,
    chat: {
      ...atoma.chat,
      stream: createChatStreamMethod<ChatStreamParams, StreamRequestOptions>((params, options = {}, read) =>
        openStream(atoma, "chat_completions_create", params, options, read),
      ),
    },
    completions: {
      ...atoma.completions,
      stream: (params: CompletionStreamParams, options: StreamRequestOptions = {}) =>
        createStreamPromise(openStream(atoma, "completions_create", params, options, createCompletionStream)),
    },
  } as StreamingClient<Client>;
}
