// The client's public API: what an app writes. What only our own packages need is in `./internal`.
export { createAtomaClient, type AtomaClient } from "./client.js";
export type { APIPromise, WithResponse } from "./api-promise.js";
export {
  AtomaError,
  APIError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  LockedError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  isAtomaError,
  isAPIError,
  isAPIConnectionError,
  isAPITimeoutError,
  isAPIUserAbortError,
  isAuthenticationError,
  isBadRequestError,
  isConflictError,
  isInternalServerError,
  isInvalidResponseError,
  isLockedError,
  isNotFoundError,
  isPaymentRequiredError,
  isPermissionDeniedError,
  isRateLimitError,
  isUnprocessableEntityError,
  type AtomaErrorOptions,
  type APIErrorBody,
  type APIErrorInit,
  type InvalidResponseErrorOptions,
  type PartialErrorOptions,
} from "./errors.js";
export {
  ParseError,
  isParseError,
  type ParseErrorOptions,
  type ParseErrorType,
} from "./parse/parse-error.js";
export type { ChatParse, ChatParseParams, ParsedChatCompletion } from "./parse/parse-chat-completion.js";
export type { ParseResponseFormat, SchemaResponseFormat } from "./parse/response-format.js";
export type { OperationId, OperationTable, OperationTypes } from "./generated/operations.js";
export type { Logger, LogLevel } from "./log.js";
export type { Middleware, MiddlewareContext } from "./middleware.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  type ClientOptions,
  type FetchLike,
  type RequestOptions,
} from "./options.js";
export type { OperationBody, OperationRequestOptions, Requester } from "./request.js";
export type {
  EmbeddingsCreate,
  EmbeddingsResponse,
  Method,
  MethodWithBody,
  MethodWithoutBody,
  PlainOperationId,
  Resources,
  ResponseOf,
} from "./resources.js";
