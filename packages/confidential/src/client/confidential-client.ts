import type { APIPromise, ChatParse, EmbeddingsCreate, RequestOptions } from "@atoma-ts/client";
import {
  createCompletionStream,
  runTools,
  type ChatRunTools,
  type ChatStreamMethod,
  type ChunkStreamOptions,
  type CompletionStream,
  type StreamRequestOptions,
} from "@atoma-ts/streaming";
import type {
  ChatCompletionResponse,
  CompletionRequest,
  CompletionsResponse,
  CreateChatCompletionRequest,
  CreateChatCompletionStreamRequest,
  CreateCompletionsStreamRequest,
  CreateEmbeddingRequest,
  CreateImageRequest,
  CreateImageResponse,
} from "@atoma-ts/types";
import { createAPIPromise, parseChatCompletion } from "@atoma-ts/client/internal";
import { callConfidential } from "./confidential-call.js";
import { streamConfidential } from "./confidential-stream.js";
import type { ConfidentialBase } from "../protocol/lock-node.js";
import type { ConfidentialCall, ConfidentialOperationId } from "../protocol/send-confidential.js";
import type { StreamPromise } from "@atoma-ts/streaming";
import { createChatStreamMethod, createStreamPromise, streamingBody } from "@atoma-ts/streaming/internal";
import { readTrustedSigners } from "../verification/trusted-signers.js";
import type { Verification, Verified } from "../verification/verification.js";
import type { VerifySignerOptions } from "../verification/verify-sui-signature.js";

/** The compute units one generated image costs, as Atoma counts them. */
export const DEFAULT_IMAGE_COMPUTE_UNITS = 1_048_576;

/** How {@link createConfidentialClient} checks and locks. Every option is optional. */
export interface ConfidentialClientOptions extends VerifySignerOptions {
  /**
   * The compute units one image costs: `images.generate` locks, and sends as `num_compute_units`,
   * this many times `n`. Atoma refuses (425) an image request whose lock covers fewer.
   *
   * @default 1_048_576
   */
  imageComputeUnits?: number;
}

/**
 * The options of a confidential call: those of every call (`signal`, `timeout`, `maxRetries`,
 * `headers`), and the compute units to lock. `signal`, `timeout` and `maxRetries` apply to the lock
 * and to the request each; `headers` go with the request (client-wide headers go with both).
 */
export interface ConfidentialRequestOptions extends RequestOptions {
  /**
   * The compute units to lock the node for, sent again as `num_compute_units`.
   *
   * @default the server's (8192) for text and embeddings; `imageComputeUnits × n` for images
   */
  computeUnits?: number;
}

/** The options of a confidential stream: a call's, and the stream's `idleTimeout`, `dataTimeout` and `maxEventSize`. */
export interface ConfidentialStreamOptions extends ConfidentialRequestOptions, StreamRequestOptions {}

/** The parameters of `secure.chat.stream`: a streaming chat request without `stream` (always `true`). */
export type ConfidentialChatStreamParams = Omit<CreateChatCompletionStreamRequest, "stream">;
/** The parameters of `secure.completions.stream`. */
export type ConfidentialCompletionStreamParams = Omit<CreateCompletionsStreamRequest, "stream">;

/** A client whose every call is end-to-end encrypted to a locked node; see {@link createConfidentialClient}. */
export interface ConfidentialClient {
  chat: {
    /**
     * A confidential chat completion: resolves to the decrypted, verified `ChatCompletionResponse`,
     * with its `verification` (the signer's address and the hash).
     */
    create(
      params: CreateChatCompletionRequest,
      options?: ConfidentialRequestOptions,
    ): APIPromise<Verified<ChatCompletionResponse>>;
    /**
     * A confidential chat completion whose answer follows a schema (any Standard Schema): as the
     * client's `chat.parse`, encrypted end to end; each choice's `message.parsed` is validated by the
     * schema, and the completion keeps its `verification`.
     *
     * @throws {ParseError} (from `@atoma-ts/client`) refused, cut, not JSON or not valid.
     */
    parse: ChatParse<ConfidentialRequestOptions, { readonly verification: Verification }>;
    /**
     * A confidential chat stream: a `StreamPromise` of a `ChatStream` of decrypted, verified
     * chunks (each with its `verification`). Sends `stream: true` and, unless `params` has
     * `stream_options`, `{ include_usage: true }`. Given a schema as `response_format` (as `parse`
     * takes), a `ParsedChatStream`: `partialObjects` as the answer arrives, `parsed` in
     * `finalCompletion()`.
     */
    stream: ChatStreamMethod<ConfidentialChatStreamParams, ConfidentialStreamOptions>;
    /**
     * The tool loop of `chat.runTools` (see `@atoma-ts/streaming`), every model call confidential: the
     * tools run here, their results travel encrypted. `options` go with every call.
     */
    runTools: ChatRunTools<ConfidentialStreamOptions>;
  };
  completions: {
    /** A confidential text completion, decrypted and verified. */
    create(
      params: CompletionRequest,
      options?: ConfidentialRequestOptions,
    ): APIPromise<Verified<CompletionsResponse>>;
    /** A confidential text completion stream; see `chat.stream`. */
    stream(
      params: ConfidentialCompletionStreamParams,
      options?: ConfidentialStreamOptions,
    ): StreamPromise<CompletionStream>;
  };
  embeddings: {
    /** Confidential embeddings, decrypted and verified. */
    create: EmbeddingsCreate<ConfidentialRequestOptions, { readonly verification: Verification }>;
  };
  images: {
    /**
     * A confidential image generation, decrypted and verified. Locks `imageComputeUnits × n` compute
     * units (or `options.computeUnits`) and sends the same `num_compute_units`.
     */
    generate(
      params: CreateImageRequest,
      options?: ConfidentialRequestOptions,
    ): APIPromise<Verified<CreateImageResponse>>;
  };
}

/**
 * Wraps a client so that chat, completions, embeddings and images go through Atoma's confidential
 * compute: for each call a node is locked (`POST /v1/nodes/lock`), the request is encrypted to it with
 * a fresh X25519 key, salt and nonce (AES-256-GCM), sent to `/v1/confidential/*`, and the response (or
 * each stream event) is decrypted, its `response_hash` checked against the decrypted bytes and its
 * `signature` against the hash, and with `trustedSigners` the signer against that set.
 *
 * - A lock serves one request and expires within seconds: it is taken right before the request, and
 *   when the request is refused because the lock expired or was taken (425), a new one is taken and the
 *   request sealed and sent again, once.
 * - A 503 from the lock is a {@link NodeUnavailableError}; a failed decryption a `DecryptionError`; a
 *   hash, signature or signer that does not hold an `IntegrityError`. Nothing of a chunk that failed
 *   is returned.
 * - Keys and plaintexts are not logged, not put in errors, and not kept after the call: each call's
 *   key is zeroed when the response is read, or the stream ends, fails or is aborted. Errors of a
 *   confidential stream carry no `partial` (it would be plaintext): assemble what you read yourself.
 *
 * @param atoma A client of `@atoma-ts/client` (or anything with its `request` and `nodes.lock`).
 * @example
 * ```ts
 * const secure = createConfidentialClient(createAtomaClient({ apiKey }), {
 *   trustedSigners: ["0x4d2a…"], // optional: the nodes' Sui addresses you accept
 * });
 * const completion = await secure.chat.create({ model, messages });
 * console.log(completion.choices[0]?.message.content, completion.verification.signer);
 *
 * for await (const chunk of secure.chat.stream({ model, messages })) {
 *   process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * }
 * ```
 */
export function createConfidentialClient(
  atoma: ConfidentialBase,
  options: ConfidentialClientOptions = {},
): ConfidentialClient {
  const verify = readTrustedSigners(options);
  const imageUnits = options.imageComputeUnits ?? DEFAULT_IMAGE_COMPUTE_UNITS;

  const create = <T>(
    operationId: ConfidentialOperationId,
    params: { model: string },
    { computeUnits, ...callOptions }: ConfidentialRequestOptions = {},
    defaultUnits?: number,
  ) => {
    const call = toCall(operationId, params, false, computeUnits ?? defaultUnits);
    return createAPIPromise(callConfidential(atoma, call, callOptions, verify)) as APIPromise<Verified<T>>;
  };

  const stream = <Stream>(
    operationId: ConfidentialOperationId,
    params: { model: string; stream_options?: unknown },
    { computeUnits, ...streamOptions }: ConfidentialStreamOptions = {},
    read: (body: Response, options: ChunkStreamOptions<never>) => Stream,
  ) => {
    const call = toCall(operationId, streamingBody(params), true, computeUnits);
    return streamConfidential(read, atoma, call, streamOptions, verify);
  };

  const chatCreate = (params: CreateChatCompletionRequest, callOptions?: ConfidentialRequestOptions) =>
    create<ChatCompletionResponse>("confidential_chat_completions_create", params, callOptions);
  const chatStream = createChatStreamMethod<ConfidentialChatStreamParams, ConfidentialStreamOptions>(
    (params, callOptions, read) => stream("confidential_chat_completions_create", params, callOptions, read),
  );

  return {
    chat: {
      create: chatCreate,
      parse: ((params, callOptions) =>
        parseChatCompletion(chatCreate, params, callOptions)) as ConfidentialClient["chat"]["parse"],
      stream: chatStream,
      runTools: (params, callOptions) =>
        runTools({ create: chatCreate, stream: chatStream }, params, callOptions),
    },
    completions: {
      create: (params, callOptions) => create("confidential_completions_create", params, callOptions),
      stream: (params, callOptions) =>
        createStreamPromise(
          stream("confidential_completions_create", params, callOptions, createCompletionStream),
        ),
    },
    embeddings: {
      // The vectors' type follows `encoding_format` because the server's answer does: a cast, as one
      // function cannot state each overload's narrower result.
      create: ((params: CreateEmbeddingRequest, callOptions?: ConfidentialRequestOptions) =>
        create(
          "confidential_embeddings_create",
          params,
          callOptions,
        )) as ConfidentialClient["embeddings"]["create"],
    },
    images: {
      generate: (params, callOptions) =>
        create("confidential_image_generations_create", params, callOptions, imageUnits * (params.n ?? 1)),
    },
  };
}

function toCall(
  operationId: ConfidentialOperationId,
  plain: { model: string },
  stream: boolean,
  computeUnits: number | undefined,
): ConfidentialCall {
  return { operationId, model: plain.model, plain, stream, computeUnits };
}
