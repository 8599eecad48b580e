import type {
  AtomaClient,
  ChatParse,
  OperationBody,
  OperationId,
  OperationTable,
  OperationTypes,
  RequestOptions,
} from "@atoma-ts/client";
import { parseChatCompletion } from "@atoma-ts/client/internal";
import { createChatStream, type ChatStream } from "./chat-stream.js";
import { createChatStreamMethod, type ChatStreamMethod } from "./chat-stream-method.js";
import type { ChunkStreamOptions } from "./chunk-stream.js";
import { createCompletionStream, type CompletionStream } from "./completion-stream.js";
import { createStreamPromise, type StreamPromise } from "./stream-promise.js";
import { streamingBody } from "./streaming-body.js";
import type { ChatStreamParams, CompletionStreamParams } from "./stream-types.js";
import { runTools, type ChatRunTools } from "./tools/run-tools.js";

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

/**
 * Sends a streaming request and reads its response as a stream once the headers are in (`read` may
 * add its own decoding, as `withVerification` does).
 */
export async function openStream<Stream>(
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

/** A client with the chat helpers (`chat.stream`, `chat.parse`, `chat.runTools`) and `completions.stream`. */
export type StreamingClient<Client extends StreamingClientBase> = Omit<Client, "chat" | "completions"> & {
  chat: Client["chat"] & {
    /**
     * Streams a chat completion; see {@link streamChat}. Iterate the result directly, or await it for
     * the {@link ChatStream} and its helpers. Given a schema as `response_format`, a
     * `ParsedChatStream`.
     */
    stream: ChatStreamMethod;
    /**
     * A chat completion whose answer follows a schema (zod 4, Valibot, ArkType: any Standard Schema):
     * sends its JSON Schema as `response_format` (`json_schema`, strict), then gives each choice's answer
     * as `message.parsed`, validated and typed by the schema.
     *
     * @throws {ParseError} (from `@atoma-ts/client`) the answer was refused, cut at the token limit, not
     * JSON or not valid (with the raw `content` and the `issues`), or the schema gives no JSON Schema.
     * @example
     * ```ts
     * const Weather = z.object({ city: z.string(), celsius: z.number() });
     * const completion = await atoma.chat.parse({ model, messages, response_format: Weather });
     * completion.choices[0]?.message.parsed.celsius; // number
     * ```
     */
    parse: ChatParse;
    /**
     * The tool loop: the model calls {@link tool}s, they run, their results go back, until it answers;
     * see {@link ChatRunTools}.
     */
    runTools: ChatRunTools<StreamRequestOptions>;
  };
  completions: Client["completions"] & {
    /** Streams a text completion; see {@link streamCompletion}. Iterate it, or await it. */
    stream(params: CompletionStreamParams, options?: StreamRequestOptions): StreamPromise<CompletionStream>;
  };
};

/** What {@link withStreaming} extends: a client, or anything with its `request`, `chat` and `completions`. */
export type StreamingClientBase = Pick<AtomaClient, "request" | "chat" | "completions">;

/**
 * The client with its chat helpers and streaming: `chat.stream`, `chat.parse` (structured outputs),
 * `chat.runTools` (the tool loop) and `completions.stream` (a new object; the client is not changed).
 * They live here rather than on `createAtomaClient`, so that an app calling only `chat.create` does not
 * carry them; a function alone ({@link streamChat}, {@link runTools}) carries even less.
 *
 * @example
 * const atoma = withStreaming(createAtomaClient({ apiKey }));
 * for await (const chunk of atoma.chat.stream({ model, messages }, { idleTimeout: 30_000 })) {
 *   console.log(chunk.choices[0]?.delta.content);
 * }
 * const { choices } = await atoma.chat.parse({ model, messages, response_format: Weather });
 * const answer = await atoma.chat.runTools({ model, messages, tools: [getWeather] }).finalContent();
 */
export function withStreaming<Client extends StreamingClientBase>(atoma: Client): StreamingClient<Client> {
  const { create } = atoma.chat;
  const stream = createChatStreamMethod<ChatStreamParams, StreamRequestOptions>(
    (params, options = {}, read) => openStream(atoma, "chat_completions_create", params, options, read),
  );
  const parse: ChatParse = (params, options) => parseChatCompletion(create, params, options);
  const chatRunTools: ChatRunTools<StreamRequestOptions> = (params, options) =>
    runTools({ create, stream }, params, options);
  return {
    ...atoma,
    chat: { ...atoma.chat, stream, parse, runTools: chatRunTools },
    completions: {
      ...atoma.completions,
      stream: (params: CompletionStreamParams, options?: StreamRequestOptions) =>
        createStreamPromise(streamCompletion(atoma, params, options)),
    },
  } as StreamingClient<Client>;
}
