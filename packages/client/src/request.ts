import type { OperationId, OperationTypes } from "./generated/operations.js";
import type { RequestOptions } from "./options.js";

/** What an operation can be sent: its request, its streaming request, or a stream of bytes. */
export type OperationBody<K extends OperationId> = OperationTypes[K] extends { request: infer Params }
  ? | Params
    | (OperationTypes[K] extends { streamRequest: infer Stream } ? Stream : never)
    | ReadableStream<Uint8Array>
  : never;

/** The options of `AtomaClient.request` ({@link Requester}): a call's options and its body. */
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
