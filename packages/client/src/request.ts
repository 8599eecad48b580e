import type { paths } from "@atoma-ts/types";
import type { Client } from "openapi-fetch";
import { AtomaError, createAPIError } from "./errors.js";
import { fetchWithRetry, type SendOptions } from "./fetch-with-retry.js";
import { operations, type OperationId, type OperationTypes } from "./generated/operations.js";
import type { RequestOptions, ResolvedOptions } from "./options.js";
import { readErrorBody } from "./read-body.js";

/** What an operation can be sent: its request, its streaming request, or a stream of bytes. */
export type OperationBody<K extends OperationId> = OperationTypes[K] extends { request: infer Params }
  ? | Params
    | (OperationTypes[K] extends { streamRequest: infer Stream } ? Stream : never)
    | ReadableStream<Uint8Array>
  : never;

/** The options of {@link AtomaClient.request}: a call's options and its body. */
export interface OperationRequestOptions<K extends OperationId = OperationId> extends RequestOptions {
  /**
   * The request body: a JSON value, sent as `application/json`, or a `ReadableStream` of bytes sent as
   * they come (such a request is never retried). Omit it for an operation without a body.
   */
  body?: OperationBody<K>;
}

/** Sends an operation; resolves to the successful response, body unread. */
export type Requester = <K extends OperationId>(
  id: K,
  options?: OperationRequestOptions<K>,
) => Promise<Response>;

/** `POST /v1/chat/completions`: how errors name an operation. */
export const operationName = (id: OperationId): string => `${operations[id].method} ${operations[id].path}`;

/** A request body openapi-fetch must hand over as is. */
export const isStream = (body: unknown): body is ReadableStream => body instanceof ReadableStream;

/** The fetch given to openapi-fetch: resends its `Request` through {@link fetchWithRetry}. */
export type RawSender = (request: Request, options?: Partial<SendOptions>) => Promise<Response>;

/**
 * The low-level entry under every method. Without middleware it calls {@link fetchWithRetry} directly
 * (the fast path); with middleware it goes through openapi-fetch, which runs it, with `send` as fetch.
 */
export function createRequester(config: ResolvedOptions, raw: Client<paths>, send: RawSender): Requester {
  const jsonHeaders = { "content-type": "application/json", ...config.headers };
  return async (id, { body, signal, headers: extra, ...options } = {}) => {
    const entry = operations[id];
    const { method, path } = entry;
    const operation = operationName(id);
    const streamed = isStream(body);
    const sendOptions: SendOptions = {
      operation,
      fetch: config.fetch,
      signal,
      timeout: options.timeout ?? config.timeout,
      maxRetries: streamed ? 0 : (options.maxRetries ?? config.maxRetries),
    };
    let headers: Record<string, string> = body === undefined ? config.headers : jsonHeaders;
    if (extra) headers = { ...headers, ...Object.fromEntries(new Headers(extra)) };
    if (!("public" in entry) && !headers.authorization) {
      throw new AtomaError(`${operation} needs an API key: set apiKey or ATOMA_API_KEY`);
    }

    let response: Response;
    let errorBody: unknown;
    const payload = streamed ? body : JSON.stringify(body);
    if (config.middleware.length) {
      const result = await raw.request(
        method as never,
        path as never,
        {
          body: payload,
          bodySerializer: (serialized: unknown) => serialized,
          duplex: "half",
          headers: extra && new Headers(extra),
          signal,
          parseAs: "stream",
          fetch: (request: Request) => send(request, sendOptions),
        } as never,
      );
      response = result.response;
      errorBody = result.error === "" ? undefined : result.error;
    } else {
      const init = { method, headers, body: payload, duplex: "half" };
      response = await fetchWithRetry(config.baseUrl + path, init as RequestInit, sendOptions);
      if (!response.ok) errorBody = await readErrorBody(response);
    }
    if (!response.ok) {
      throw createAPIError({
        operation,
        status: response.status,
        headers: response.headers,
        body: errorBody,
      });
    }
    return response;
  };
}
