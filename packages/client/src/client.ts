import type { paths } from "@atoma-ts/types";
import openapiFetch, { type Client } from "openapi-fetch";
import { createAPIPromise } from "./api-promise.js";
import { createAPIError } from "./errors.js";
import type { OperationId } from "./generated/operations.js";
import {
  CLIENT_SETTINGS,
  resolveOptions,
  type ClientOptions,
  type ClientSettings,
  type RequestOptions,
} from "./options.js";
import { operationName, operationRequest, RawRequest, rawRequest } from "./outgoing.js";
import { readErrorBody, readJson } from "./read-body.js";
import type { Requester } from "./request.js";
import { createResources, type Resources } from "./resources.js";
import { createSend } from "./send.js";

// openapi-fetch's CommonJS build sets `exports.default` without `__esModule`, so our CommonJS build sees
// the whole module as the default import: take its `default` then.
const createClient = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;

/** A client of the Atoma API: one method per operation, `request` ({@link Requester}) and `raw`. */
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
   * An openapi-fetch client of the whole API (confidential operations included), a typed escape hatch
   * over the same send path: headers, key, middleware, retries and timeout. It resolves to
   * `{ data, error, response }` and does not throw for an error status; it throws for connection
   * errors, timeouts and aborts. Middleware added later with `raw.use()` applies to `raw` only: pass
   * `middleware` to {@link createAtomaClient} to cover every call.
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
  const send = createSend(config);

  /** Logs a call's failure, once, where its promise rejects. */
  const logFailure = (error: unknown): never => {
    config.log.error?.(error instanceof Error ? error.message : String(error));
    throw error;
  };

  /** Sends an operation; an error status rejects with its `APIError`. */
  async function sendOperation(
    id: OperationId,
    body: unknown,
    { headers, ...callOptions }: RequestOptions = {},
  ): Promise<Response> {
    const outgoing = operationRequest(config, id, body, headers);
    const response = await send(outgoing, callOptions);
    if (response.ok) return response;
    throw createAPIError({
      operation: outgoing.operation,
      status: response.status,
      headers: response.headers,
      body: await readErrorBody(response),
    });
  }

  const request: Requester = (id, { body, ...callOptions } = {}) =>
    sendOperation(id, body, callOptions).catch(logFailure);

  const resources = createResources((id, body, callOptions) => {
    const result = sendOperation(id, body, callOptions)
      .then(async (response) => ({
        data: await readJson(response, operationName(id), callOptions?.signal),
        response,
      }))
      .catch(logFailure);
    return createAPIPromise(result);
  });

  const raw = createClient<paths, "application/json">({
    baseUrl: config.baseUrl,
    headers: config.headers,
    Request: RawRequest,
    fetch: async (input: Request) => {
      const outgoing = await rawRequest(input, config.baseUrl);
      const response = await send(outgoing, { signal: input.signal }).catch(logFailure);
      if (!response.ok) config.log.error?.(`${outgoing.operation} failed: ${response.status}`);
      return response;
    },
  });

  const client: AtomaClient = { ...resources, request, raw };
  const settings: ClientSettings = { maxRetries: config.maxRetries };
  return Object.assign(client, { [CLIENT_SETTINGS]: settings });
}
