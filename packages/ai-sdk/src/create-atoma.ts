import {
  OpenAICompatibleChatLanguageModel,
  OpenAICompatibleCompletionLanguageModel,
  OpenAICompatibleEmbeddingModel,
  OpenAICompatibleImageModel,
} from "@ai-sdk/openai-compatible";
import type { EmbeddingModelV3, ImageModelV3, LanguageModelV3, ProviderV3 } from "@ai-sdk/provider";
import {
  AtomaError,
  createAtomaClient,
  DEFAULT_BASE_URL,
  type AtomaClient,
  type ClientOptions,
} from "@atoma-ts/client";
import type { ConfidentialClientOptions, VerificationOptions } from "@atoma-ts/confidential";
import { createBackend, lazyBackend } from "./atoma-backend.js";
import { createAtomaFetch } from "./atoma-fetch.js";
import { imageModelWithVerification } from "./image-model-with-verification.js";
import { languageModelWithVerification } from "./language-model-with-verification.js";
import { loadAtomaApiKey } from "./load-atoma-api-key.js";
import { routeOf, type ModelKind } from "./routes.js";
import { verificationMetadata, type AtomaImageVerificationMetadata } from "./verification-metadata.js";

/** How the client that {@link createAtoma} makes connects: our client's options, with the AI SDK's `baseURL`. */
export interface AtomaConnectionSettings extends Pick<
  ClientOptions,
  "headers" | "fetch" | "maxRetries" | "dangerouslyAllowBrowser" | "logLevel" | "logger"
> {
  /**
   * Milliseconds to wait for a call's response headers, retries included; then the call rejects with an
   * `APICallError` with our `APITimeoutError`'s message.
   *
   * @default none: as with the AI SDK's other providers, a call's time limit is the AI SDK's `timeout`
   *   or `abortSignal` option (Node's `fetch` still gives up after 300 s without headers)
   */
  timeout?: number;
  /**
   * The API key, sent as `Authorization: Bearer <key>`. Read at the first call.
   *
   * @default the environment variable `ATOMA_API_KEY`, else `ATOMASDK_BEARER_AUTH`; without either a call
   *   fails with the AI SDK's `LoadAPIKeyError`
   */
  apiKey?: string;
  /**
   * The API's address (the AI SDK's name for it; our client's `baseUrl`). A trailing `/v1` is ignored.
   *
   * @default "https://api.atoma.network"
   */
  baseURL?: string;
}

/** How the answers of every call of a provider are checked. */
export interface AtomaModeSettings {
  /**
   * Every call end-to-end encrypted to a locked node (Atoma's confidential compute), its answer
   * decrypted and its signature checked; an object sets the compute units an image locks (see
   * `@atoma-ts/confidential`). Covers chat (plain and streamed), completions, embeddings and images.
   *
   * @default false
   */
  confidential?: boolean | Pick<ConfidentialClientOptions, "imageComputeUnits">;
  /**
   * Every answer's signature checked (each chunk of a stream, before it is passed on); with
   * `trustedSigners`, the signer must be one of those Sui addresses. In confidential mode, the signers
   * it trusts. A failed check rejects the call with `@atoma-ts/confidential`'s `IntegrityError`.
   *
   * @default false
   */
  verify?: boolean | VerificationOptions;
}

/**
 * The settings of {@link createAtoma}: how checked the answers are, and either how to connect or an
 * existing client of `@atoma-ts/client` (then its own key, address, retries and middleware apply).
 */
export type AtomaProviderSettings = AtomaModeSettings &
  (
    | (AtomaConnectionSettings & { client?: undefined })
    | ({ [K in keyof AtomaConnectionSettings]?: undefined } & {
        /** A client of `@atoma-ts/client` to send every request with. */
        client: AtomaClient;
      })
  );

/** The Atoma provider: call it with a model id for a chat model, or use one of its methods. */
export interface AtomaProvider extends ProviderV3 {
  /** A chat model (`/v1/chat/completions`), as {@link AtomaProvider.chatModel}. */
  (modelId: string): LanguageModelV3;
  /** A chat model (`/v1/chat/completions`): the AI SDK's name for the provider's main language model. */
  languageModel(modelId: string): LanguageModelV3;
  /** A chat model (`/v1/chat/completions`): text, structured outputs, tool calls, streamed or not. */
  chatModel(modelId: string): LanguageModelV3;
  /**
   * A text completion model (`/v1/completions`). Checked answers report `providerMetadata.atoma` as
   * the chat model's do.
   */
  completion(modelId: string): LanguageModelV3;
  /** A text completion model (`/v1/completions`), as {@link AtomaProvider.completion}. */
  completionModel(modelId: string): LanguageModelV3;
  /** An embedding model (`/v1/embeddings`), for `embed` and `embedMany`. */
  embedding(modelId: string): EmbeddingModelV3;
  /** An embedding model (`/v1/embeddings`), as {@link AtomaProvider.embedding}. */
  embeddingModel(modelId: string): EmbeddingModelV3;
  /**
   * An embedding model (`/v1/embeddings`), as {@link AtomaProvider.embedding}.
   *
   * @deprecated The AI SDK's older name: use `embeddingModel`.
   */
  textEmbeddingModel(modelId: string): EmbeddingModelV3;
  /**
   * An image model (`/v1/images/generations`), for `generateImage`. Checked answers report each
   * image's verification in `providerMetadata.atoma.images` ({@link AtomaImageVerificationMetadata}).
   *
   * @example
   * ```ts
   * const { images, providerMetadata } = await generateImage({ model: verified.image(id), prompt, n: 2 });
   * providerMetadata.atoma?.images; // [{ signer, responseHash }, { signer, responseHash }]
   * ```
   */
  image(modelId: string): ImageModelV3;
  /** An image model (`/v1/images/generations`), as {@link AtomaProvider.image}. */
  imageModel(modelId: string): ImageModelV3;
}

/**
 * Makes an Atoma provider for the Vercel AI SDK (`ai`). Its models are `@ai-sdk/openai-compatible`'s,
 * with structured outputs on and usage reported for streams, and every request they make is sent by
 * `@atoma-ts/client`: its retries (the only ones: errors reach the AI SDK as `APICallError`s it does
 * not retry), its errors, and in confidential or verify mode its encryption and signature checks.
 * The client is made at the first call.
 *
 * @example
 * ```ts
 * import { createAtoma } from "@atoma-ts/ai-sdk";
 * import { generateText } from "ai";
 *
 * const verified = createAtoma({ verify: { trustedSigners: ["0x4d2a…"] } });
 * const result = await generateText({ model: verified("meta-llama/Llama-3.3-70B-Instruct"), prompt: "Hi" });
 * console.log(result.text, result.providerMetadata?.atoma); // { signer, responseHash }
 * ```
 */
export function createAtoma(settings: AtomaProviderSettings = {}): AtomaProvider {
  const { confidential = false, verify = false, client, ...connection } = settings;
  // `baseUrl` is our client's spelling: passed here it would be ignored and the calls go to Atoma itself.
  if ("baseUrl" in settings) {
    throw new AtomaError(
      "createAtoma: the address option is spelled baseURL here (the AI SDK's name), not baseUrl",
    );
  }
  const given = Object.entries(connection).filter(([, value]) => value !== undefined);
  if (client && given.length > 0) {
    const names = given.map(([name]) => name).join(", ");
    throw new AtomaError(`createAtoma: ${names} cannot be set with client: set them on the client`);
  }
  const backend = lazyBackend(async () =>
    createBackend(client ?? connect(connection), { confidential, verify }),
  );
  const baseURL = (connection.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, "").replace(/\/v1$/, "");
  const config = (kind: ModelKind) => {
    const route = routeOf(kind);
    // The model's URL for its operation is made once and handed back each call, so that its fetch
    // compares the very same string: building a URL per call and comparing it character by character
    // cost about 1 µs of a call (bench/README.md).
    const operationUrl = baseURL + route.path;
    const operationPath = route.path.slice("/v1".length);
    return {
      provider: `atoma.${kind}`,
      url: ({ path }: { path: string }) => (path === operationPath ? operationUrl : `${baseURL}/v1${path}`),
      // Our client sends the key and the client-wide headers; the per-call ones pass through the fetch.
      headers: () => ({}),
      fetch: createAtomaFetch({
        route,
        url: operationUrl,
        backend,
        confidential: Boolean(confidential),
      }),
    };
  };

  // Checked answers carry their verification for providerMetadata.atoma; in clear the models are
  // openai-compatible's as they are, with no per-chunk work.
  const checking = Boolean(confidential || verify);
  const chatModel = (modelId: string) =>
    new OpenAICompatibleChatLanguageModel(modelId, {
      ...config("chat"),
      includeUsage: true,
      supportsStructuredOutputs: true,
      metadataExtractor: checking ? verificationMetadata : undefined,
    });
  const completionModel = (modelId: string) => {
    const model = new OpenAICompatibleCompletionLanguageModel(modelId, {
      ...config("completion"),
      includeUsage: true,
    });
    return checking ? languageModelWithVerification(model) : model;
  };
  const embeddingModel = (modelId: string) =>
    new OpenAICompatibleEmbeddingModel(modelId, config("embedding"));
  const imageModel = (modelId: string) => {
    const model = new OpenAICompatibleImageModel(modelId, config("image"));
    return checking ? imageModelWithVerification(model) : model;
  };

  return Object.assign((modelId: string) => chatModel(modelId), {
    specificationVersion: "v3" as const,
    languageModel: chatModel,
    chatModel,
    completion: completionModel,
    completionModel,
    embedding: embeddingModel,
    embeddingModel,
    textEmbeddingModel: embeddingModel,
    image: imageModel,
    imageModel,
  });
}

/** Our client for the connection settings; the key is read now, at the first call. */
function connect({ apiKey, baseURL, timeout = Infinity, ...options }: AtomaConnectionSettings): AtomaClient {
  return createAtomaClient({ ...options, timeout, apiKey: loadAtomaApiKey(apiKey), baseUrl: baseURL });
}

/**
 * The default Atoma provider: in clear, with the key from `ATOMA_API_KEY` (or `ATOMASDK_BEARER_AUTH`).
 *
 * @example
 * ```ts
 * import { atoma } from "@atoma-ts/ai-sdk";
 * import { streamText } from "ai";
 *
 * const result = streamText({ model: atoma("meta-llama/Llama-3.3-70B-Instruct"), prompt: "Tell me a story" });
 * for await (const text of result.textStream) process.stdout.write(text);
 * ```
 */
export const atoma: AtomaProvider = createAtoma();
