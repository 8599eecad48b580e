import type { APIPromise, AtomaClient, ChatParse, EmbeddingsCreate, RequestOptions } from "@atoma-ts/client";
import {
  createAPIPromise,
  operationName,
  parseChatCompletion,
  parseJsonResponse,
  readText,
} from "@atoma-ts/client/internal";
import {
  createCompletionStream,
  runTools,
  type ChatRunTools,
  type ChatStreamMethod,
  type ChatStreamParams,
  type ChunkStreamOptions,
  type CompletionStream,
  type CompletionStreamParams,
  type StreamRequestOptions,
} from "@atoma-ts/streaming";
import type {
  ChatCompletionResponse,
  CompletionRequest,
  CompletionsResponse,
  CreateChatCompletionRequest,
  CreateImageRequest,
  CreateImageResponse,
} from "@atoma-ts/types";
import { readTrustedSigners } from "./trusted-signers.js";
import type { StreamPromise } from "@atoma-ts/streaming";
import { createChatStreamMethod, createStreamPromise, openStream } from "@atoma-ts/streaming/internal";
import { attachVerification, type Verification, type Verified } from "./verification.js";
import { createVerifyingDecoder } from "./verifying-decoder.js";
import { verifySignedBody } from "./verify-signed-body.js";
import type { VerifySignerOptions } from "./verify-sui-signature.js";

/** How {@link withVerification} checks responses. */
export interface VerificationOptions extends VerifySignerOptions {}

/** The methods {@link withVerification} replaces: each checks what it returns. */
export interface VerifyingMethods {
  chat: {
    /** A chat completion whose body was verified; `verification` names its signer. */
    create(
      params: CreateChatCompletionRequest,
      options?: RequestOptions,
    ): APIPromise<Verified<ChatCompletionResponse>>;
    /** `chat.parse` on a verified chat completion: the answer is parsed once its signature holds. */
    parse: ChatParse<RequestOptions, { readonly verification: Verification }>;
    /**
     * A chat stream whose every chunk is verified before it is yielded (each has `verification`). Given
     * a schema as `response_format`, a `ParsedChatStream` of verified chunks.
     */
    stream: ChatStreamMethod;
    /** `chat.runTools` (see `@atoma-ts/streaming`) whose every model answer is verified before it is used. */
    runTools: ChatRunTools<StreamRequestOptions>;
  };
  completions: {
    /** A text completion whose body was verified. */
    create(params: CompletionRequest, options?: RequestOptions): APIPromise<Verified<CompletionsResponse>>;
    /** A text completion stream whose every chunk is verified. */
    stream(params: CompletionStreamParams, options?: StreamRequestOptions): StreamPromise<CompletionStream>;
  };
  embeddings: {
    /** Embeddings whose body was verified. */
    create: EmbeddingsCreate<RequestOptions, { readonly verification: Verification }>;
  };
  images: {
    /** An image generation whose body was verified. */
    generate(params: CreateImageRequest, options?: RequestOptions): APIPromise<Verified<CreateImageResponse>>;
  };
}

/** The client given to {@link withVerification}, with its chat, completions, embeddings and images verifying. */
export type VerifyingClient<Client> = Omit<Client, keyof VerifyingMethods> & {
  [R in keyof VerifyingMethods]: (Client extends { [K in R]: infer Existing }
    ? Omit<Existing, keyof VerifyingMethods[R]>
    : unknown) &
    VerifyingMethods[R];
};

/** What {@link withVerification} needs of a client: its `request()`. */
export type VerificationBase = Pick<AtomaClient, "request">;

type PlainId =
  "chat_completions_create" | "completions_create" | "embeddings_create" | "image_generations_create";

/**
 * Opt-in verifiable responses ("Verifiable responses" in the API notes): returns the client with
 * `chat.create` (and `chat.parse`, `chat.runTools`), `completions.create`, `embeddings.create` and `images.generate` reading each body as
 * raw text, checking that its `response_hash` is the BLAKE2b-256 of the exact bytes received and its
 * `signature` signs that hash, and only then returning it; and with `chat.stream` and
 * `completions.stream` doing the same for every chunk before it is yielded. The result (each chunk)
 * gets a non-enumerable `verification`: `{ signer, responseHash }`, the signer's Sui address.
 *
 * A changed byte, a missing or malformed signature, or (with `trustedSigners`) a signer outside the
 * set is an `IntegrityError`. Other members (`models`, `request`, `raw`…) are the client's own,
 * unverified. The client is not changed; it may already have `withStreaming`'s methods, which are
 * replaced by verifying ones.
 *
 * @example
 * ```ts
 * const atoma = withVerification(createAtomaClient({ apiKey }), { trustedSigners: [nodeAddress] });
 * const completion = await atoma.chat.create({ model, messages });
 * console.log(completion.verification.signer); // "0x…", one of trustedSigners
 *
 * for await (const chunk of atoma.chat.stream({ model, messages })) {
 *   console.log(verificationOf(chunk)?.signer, chunk.choices[0]?.delta.content);
 * }
 * ```
 */
export function withVerification<Client extends VerificationBase>(
  atoma: Client,
  options: VerificationOptions = {},
): VerifyingClient<Client> {
  const verify = readTrustedSigners(options);
  const resources = atoma as Partial<Record<keyof VerifyingMethods, object>>;

  const create = (id: PlainId, params: unknown, callOptions: RequestOptions = {}) =>
    createAPIPromise(callVerified(atoma, id, params, callOptions, verify));

  // A plain stream's, each chunk read through the verifying decoder.
  const stream = <Stream>(
    id: "chat_completions_create" | "completions_create",
    params: ChatStreamParams | CompletionStreamParams,
    options: StreamRequestOptions = {},
    read: (response: Response, options: ChunkStreamOptions<never>) => Stream,
  ) =>
    openStream(atoma, id, params, options, (response, streamOptions) =>
      read(response, { ...streamOptions, decode: createVerifyingDecoder<never>(verify) }),
    );

  const chatCreate: VerifyingMethods["chat"]["create"] = (params, callOptions) =>
    create("chat_completions_create", params, callOptions) as never;
  const chatStream = createChatStreamMethod<ChatStreamParams, StreamRequestOptions>(
    (params, callOptions, read) => stream("chat_completions_create", params, callOptions, read),
  );
  const methods: VerifyingMethods = {
    chat: {
      create: chatCreate,
      parse: (params, callOptions) => parseChatCompletion(chatCreate, params, callOptions) as never,
      stream: chatStream,
      runTools: (params, callOptions) =>
        runTools({ create: chatCreate, stream: chatStream }, params, callOptions),
    },
    completions: {
      create: (params, callOptions) => create("completions_create", params, callOptions) as never,
      stream: (params, callOptions) =>
        createStreamPromise(stream("completions_create", params, callOptions, createCompletionStream)),
    },
    embeddings: {
      create: (params, callOptions) => create("embeddings_create", params, callOptions) as never,
    },
    images: {
      generate: (params, callOptions) => create("image_generations_create", params, callOptions) as never,
    },
  };
  return {
    ...atoma,
    chat: { ...resources.chat, ...methods.chat },
    completions: { ...resources.completions, ...methods.completions },
    embeddings: { ...resources.embeddings, ...methods.embeddings },
    images: { ...resources.images, ...methods.images },
  } as VerifyingClient<Client>;
}

/**
 * A plain call whose body is read as text, parsed (a body that is not JSON is an `InvalidResponseError`),
 * then verified: the parsed value is returned only once its signature holds.
 */
async function callVerified(
  atoma: VerificationBase,
  id: PlainId,
  params: unknown,
  options: RequestOptions,
  verify: VerifySignerOptions,
): Promise<{ data: Verified<object>; response: Response }> {
  const response = await atoma.request(id, { ...options, body: params as never });
  const operation = operationName(id);
  const text = await readText(response, operation, options.signal);
  const data = parseJsonResponse(text, response, operation);
  const { signer, responseHash } = await verifySignedBody(text, verify);
  return { data: attachVerification(data, { signer, responseHash }), response };
}
