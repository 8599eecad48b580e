import { bodyExcerpt } from "./body-excerpt.js";

/** Options every Atoma error takes: the underlying failure, kept as `cause`. */
export interface AtomaErrorOptions {
  cause?: unknown;
}

/** The base of every error the Atoma SDK throws. */
export class AtomaError extends Error {
  static {
    this.prototype.name = "AtomaError";
  }

  constructor(message: string, options: AtomaErrorOptions = {}) {
    super(message, "cause" in options ? { cause: options.cause } : undefined);
  }
}

/** The parsed body of an error response: Atoma's JSON, other JSON, text, or nothing. */
export type APIErrorBody = unknown;

/** What an {@link APIError} is made from. */
export interface APIErrorInit extends AtomaErrorOptions {
  /** The operation, as `METHOD /path`. */
  operation: string;
  status: number;
  headers: Headers;
  /** The parsed body: JSON when it parsed, else the text, else undefined for an empty body. */
  body: APIErrorBody;
}

/** The server answered with an error status. */
export class APIError extends AtomaError {
  static {
    this.prototype.name = "APIError";
  }
  readonly status: number;
  readonly headers: Headers;
  /** The `x-request-id` header, when the server sent one. */
  readonly requestId: string | undefined;
  readonly body: APIErrorBody;
  /** `error.code` of Atoma's JSON error body, when present. */
  readonly code: string | undefined;

  constructor({ operation, status, headers, body, ...options }: APIErrorInit) {
    const detail = describeBody(body);
    super(`${operation} failed: ${status}${detail.message ? ` ${detail.message}` : ""}`, options);
    this.status = status;
    this.headers = headers;
    this.requestId = headers.get("x-request-id") ?? undefined;
    this.body = body;
    this.code = detail.code;
  }
}

/**
 * Atoma answers `{"error": {"code", "message"}}`; other servers `{"error": "..."}` or `{"message"}`, or
 * text, or an HTML page (quoted as a short plain text).
 */
function describeBody(body: APIErrorBody): { message?: string; code?: string } {
  if (typeof body === "string") return { message: bodyExcerpt(body) };
  const { error, message } = Object(body) as { error?: unknown; message?: unknown };
  if (error && typeof error === "object") {
    const inner = error as { code?: unknown; message?: unknown };
    return { message: stringOrUndefined(inner.message), code: stringOrUndefined(inner.code) };
  }
  return { message: stringOrUndefined(error) ?? stringOrUndefined(message) };
}

const stringOrUndefined = (value: unknown) => (typeof value === "string" ? value : undefined);

/** 400: the request was malformed. */
export class BadRequestError extends APIError {
  static {
    this.prototype.name = "BadRequestError";
  }
  declare name: "BadRequestError";
  declare readonly status: 400;
}

/** 401: the API key is missing or wrong. */
export class AuthenticationError extends APIError {
  static {
    this.prototype.name = "AuthenticationError";
  }
  declare name: "AuthenticationError";
  declare readonly status: 401;
}

/** 402: the account's balance cannot pay for the request. */
export class PaymentRequiredError extends APIError {
  static {
    this.prototype.name = "PaymentRequiredError";
  }
  declare name: "PaymentRequiredError";
  declare readonly status: 402;
}

/** 403: the key may not do this. */
export class PermissionDeniedError extends APIError {
  static {
    this.prototype.name = "PermissionDeniedError";
  }
  declare name: "PermissionDeniedError";
  declare readonly status: 403;
}

/** 404: no such resource (or model). */
export class NotFoundError extends APIError {
  static {
    this.prototype.name = "NotFoundError";
  }
  declare name: "NotFoundError";
  declare readonly status: 404;
}

/** 409: a conflict; retried. */
export class ConflictError extends APIError {
  static {
    this.prototype.name = "ConflictError";
  }
  declare name: "ConflictError";
  declare readonly status: 409;
}

/** 422: the request was well-formed but refused. */
export class UnprocessableEntityError extends APIError {
  static {
    this.prototype.name = "UnprocessableEntityError";
  }
  declare name: "UnprocessableEntityError";
  declare readonly status: 422;
}

/** 423: the resource (e.g. a node's stack) is locked. */
export class LockedError extends APIError {
  static {
    this.prototype.name = "LockedError";
  }
  declare name: "LockedError";
  declare readonly status: 423;
}

/** 429: rate limited, or Atoma could not reach a node; retried. */
export class RateLimitError extends APIError {
  static {
    this.prototype.name = "RateLimitError";
  }
  declare name: "RateLimitError";
  declare readonly status: 429;
}

/** 5xx: the server failed; retried. */
export class InternalServerError extends APIError {
  static {
    this.prototype.name = "InternalServerError";
  }
  declare name: "InternalServerError";
  declare readonly status: number;
}

const BY_STATUS: Record<number, new (init: APIErrorInit) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  423: LockedError,
  429: RateLimitError,
};

/** The most specific {@link APIError} for a status. */
export function createAPIError(init: APIErrorInit): APIError {
  const ErrorClass = init.status >= 500 ? InternalServerError : (BY_STATUS[init.status] ?? APIError);
  return new ErrorClass(init);
}

/** What a connection or timeout error may carry: what a stream assembled before it failed. */
export interface PartialErrorOptions extends AtomaErrorOptions {
  partial?: unknown;
  /** The failure's code, e.g. `ECONNREFUSED`. */
  code?: string;
}

/** The request never got a response, or the connection dropped while reading it. */
export class APIConnectionError extends AtomaError {
  static {
    this.prototype.name = "APIConnectionError";
  }
  /** For a stream cut mid-way: what was assembled so far. */
  readonly partial: unknown;
  /**
   * Why the connection failed, where the runtime says: `ECONNREFUSED`, `ENOTFOUND`, `ECONNRESET`, a TLS
   * code such as `CERT_HAS_EXPIRED`, or undici's (`UND_ERR_SOCKET`). Browsers give none.
   */
  readonly code: string | undefined;

  constructor(message: string, { partial, code, ...options }: PartialErrorOptions = {}) {
    super(message, options);
    this.partial = partial;
    this.code = code;
  }
}

/** The request (or a stream's idle time) ran out of time. */
export class APITimeoutError extends APIConnectionError {
  static {
    this.prototype.name = "APITimeoutError";
  }
}

/** What an {@link InvalidResponseError} is made from. */
export interface InvalidResponseErrorOptions extends AtomaErrorOptions {
  response: Response;
  /** The start of the body, as plain text. */
  excerpt: string;
}

/**
 * The server answered a success status with a body that is not the JSON the operation promises: a
 * proxy's HTML page, plain text, an empty body. Not retried: the same request would get the same.
 */
export class InvalidResponseError extends AtomaError {
  static {
    this.prototype.name = "InvalidResponseError";
  }
  readonly status: number;
  readonly headers: Headers;
  /** The `x-request-id` header, when the server sent one. */
  readonly requestId: string | undefined;
  /** The `content-type` header, when there was one. */
  readonly contentType: string | undefined;
  /** The start of the body (up to 200 characters, HTML reduced to its text). */
  readonly excerpt: string;

  constructor(message: string, { response, excerpt, ...options }: InvalidResponseErrorOptions) {
    super(message, options);
    this.status = response.status;
    this.headers = response.headers;
    this.requestId = response.headers.get("x-request-id") ?? undefined;
    this.contentType = response.headers.get("content-type") ?? undefined;
    this.excerpt = excerpt;
  }
}

/** The caller aborted the request. */
export class APIUserAbortError extends AtomaError {
  static {
    this.prototype.name = "APIUserAbortError";
  }
}

/**
 * Whether an error is, or inherits from, the class of that name. Every class keeps its name on its
 * prototype, so walking the chain works for errors from another copy of the package, another realm
 * (an iframe, a worker's structured clone keeps no prototype, though) or a minified bundle.
 */
export function hasErrorName(error: unknown, name: string): boolean {
  // From the prototype on: a plain object with a `name` of its own is no error class.
  if (error === null || typeof error !== "object") return false;
  for (let proto = Object.getPrototypeOf(error); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.hasOwn(proto, "name") && (proto as { name?: unknown }).name === name) return true;
  }
  return false;
}

export const isAtomaError = (error: unknown): error is AtomaError => hasErrorName(error, "AtomaError");
export const isAPIError = (error: unknown): error is APIError => hasErrorName(error, "APIError");
export const isAPIConnectionError = (error: unknown): error is APIConnectionError =>
  hasErrorName(error, "APIConnectionError");
export const isAPITimeoutError = (error: unknown): error is APITimeoutError =>
  hasErrorName(error, "APITimeoutError");
export const isInvalidResponseError = (error: unknown): error is InvalidResponseError =>
  hasErrorName(error, "InvalidResponseError");
export const isAPIUserAbortError = (error: unknown): error is APIUserAbortError =>
  hasErrorName(error, "APIUserAbortError");
export const isBadRequestError = (error: unknown): error is BadRequestError =>
  hasErrorName(error, "BadRequestError");
export const isAuthenticationError = (error: unknown): error is AuthenticationError =>
  hasErrorName(error, "AuthenticationError");
export const isPaymentRequiredError = (error: unknown): error is PaymentRequiredError =>
  hasErrorName(error, "PaymentRequiredError");
export const isPermissionDeniedError = (error: unknown): error is PermissionDeniedError =>
  hasErrorName(error, "PermissionDeniedError");
export const isNotFoundError = (error: unknown): error is NotFoundError =>
  hasErrorName(error, "NotFoundError");
export const isConflictError = (error: unknown): error is ConflictError =>
  hasErrorName(error, "ConflictError");
export const isUnprocessableEntityError = (error: unknown): error is UnprocessableEntityError =>
  hasErrorName(error, "UnprocessableEntityError");
export const isLockedError = (error: unknown): error is LockedError => hasErrorName(error, "LockedError");
export const isRateLimitError = (error: unknown): error is RateLimitError =>
  hasErrorName(error, "RateLimitError");
export const isInternalServerError = (error: unknown): error is InternalServerError =>
  hasErrorName(error, "InternalServerError");
