import type { paths } from "@atoma-ts/types";
import openapiFetch, { type Client } from "openapi-fetch";
import { createAPIPromise } from "./api-promise.js";
import { fetchWithRetry } from "./fetch-with-retry.js";
import type { OperationId } from "./generated/operations.js";
import { resolveOptions, type ClientOptions } from "./options.js";
import { readJson } from "./read-body.js";
import { createRequester, isStream, operationName, type RawSender, type Requester } from "./request.js";
import { createResources, type Resources } from "./resources.js";

// openapi-fetch's CommonJS build sets `exports.default` without `__esModule`, so our CommonJS build sees
// the whole module as the default import: take its `default` then.
const createClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/** A client of the Atoma API: one method per operation, {@link AtomaClient.request} and {@link AtomaClient.raw}. */
export type AtomaClient = Resources & {
  /**
   * Sends an operation and resolves to its `Response` once the headers are in, with the body unread, for
   * callers that read it themselves (a stream, an encrypted body). Everything else is done: the base URL,
   * headers and API key, middleware, retries, the timeout (until the headers arrive, so a long stream is
   * not cut) and the caller's signal (which keeps cancelling the body read, as with `fetch`). A status
   * other than 2xx rejects with the matching `APIError`, its body read and parsed.
   *
   * @throws {AtomaError} the operation needs an API key and there is none.
   * @throws {APIError} the server answered with an error status (a subclass per status).
   * @throws {APIConnectionError} | {APITimeoutError} | {APIUserAbortError}
   * @example
   * ```ts
   * const response = await atoma.request("chat_completions_create", {
   *   body: { model, messages, stream: true },
   *   signal,
   * });
   * for await (const bytes of response.body!) { ... }
   * ```
   */
  request: Requester;
  /**
   * An openapi-fetch client of the whole API (confidential operations included), sending through the
   * same headers, key, retries, timeout and middleware. It resolves to `{ data, error, response }` and
   * does not throw for an error status; it throws for connection errors, timeouts and aborts.
   * Middleware added later with `raw.use()` applies to `raw` only: pass `middleware` to
   * {@link createAtomaClient} to cover every call.
   *
   * @example
   * ```ts
   * const { data, error } = await atoma.raw.POST("/v1/chat/completions", { body: { model, messages } });
   * ```
   */
  raw: Client<paths, "application/json">;
};

/**
 * Creates a client of the Atoma API. Nothing is sent and nothing is checked until the first call.
 *
 * @example
 * ```ts
 * const atoma = createAtomaClient({ apiKey: process.env.ATOMA_API_KEY });
 * const completion = await atoma.chat.create({
 *   model: "meta-llama/Llama-3.3-70B-Instruct",
 *   messages: [{ role: "user", content: "Hello!" }],
 * });
 * console.log(completion.choices[0]?.message.content);
 * ```
 */
export function createAtomaClient(options: ClientOptions = {}): AtomaClient {
  const config = resolveOptions(options);
  const streamed = new WeakSet<Request>();

  // openapi-fetch builds each Request with this: it remembers which ones carry a stream, which cannot be
  // sent twice. Its prototype keeps `instanceof` checks on middleware results working.
  function TrackingRequest(input: RequestInfo | URL, init?: RequestInit): Request {
    const request = new Request(input, init);
    if (isStream(init?.body)) streamed.add(request);
    return request;
  }
  TrackingRequest.prototype = Request.prototype;

  const send: RawSender = async (request, sendOptions) => {
    const once = streamed.has(request);
    const body = request.body && !once ? await request.arrayBuffer() : undefined;
    return fetchWithRetry(request, body ? { body } : {}, {
      ...config,
      operation: `${request.method} ${request.url}`,
      ...sendOptions,
      signal: request.signal,
      ...(once && { maxRetries: 0 }),
    });
  };

  const raw = createClient<paths, "application/json">({
    baseUrl: config.baseUrl,
    headers: config.headers,
    Request: TrackingRequest as unknown as typeof Request,
    // openapi-fetch passes its `requestInitExt` (unset: undefined) as the second argument.
    fetch: send,
  });
  raw.use(...config.middleware);
  const request = createRequester(config, raw as Client<paths>, send);

  const call = (id: OperationId, body: unknown, options = {} as Parameters<Requester>[1]) =>
    createAPIPromise(
      request(id, { ...options, body } as never).then(async (response) => ({
        data: await readJson(response, operationName(id), options?.signal),
        response,
      })),
    );

  return { ...createResources(call), request, raw };
}
