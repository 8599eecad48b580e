export { createAtomaClient, type AtomaClient } from "./client.js";
export { createAPIPromise, type APIPromise, type WithResponse } from "./api-promise.js";
export * from "./errors.js";
export { operations } from "./generated/operations.js";
export type { OperationId, OperationTypes } from "./generated/operations.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  type ClientOptions,
  type FetchLike,
  type RequestOptions,
} from "./options.js";
export {
  operationName,
  type OperationBody,
  type OperationRequestOptions,
  type Requester,
} from "./request.js";
export type { Method, PlainOperationId, Resources, ResponseOf } from "./resources.js";
export { retryPolicy } from "./retry-policy.js";
export type { Middleware } from "openapi-fetch";
