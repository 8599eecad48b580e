import type { Log } from "./log.js";
import { ERROR_BODY_LIMIT, readCappedText } from "./read-body.js";

/** Headers whose values are credentials: logged as their scheme only (`Bearer ***`), or `***`. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]);

/** Headers as JSON, credentials redacted. */
export function redactedHeaders(headers: HeadersInit | undefined): string {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    out[name] = SECRET_HEADERS.has(name) ? value.replace(/^(\w+ )?.*$/s, "$1***") : value;
  });
  return JSON.stringify(out);
}

/** A confidential operation's bodies are ciphertext, and are not logged all the same. */
const isConfidential = (operation: string) => operation.includes("/v1/confidential/");

/** A request body as logged: text up to {@link ERROR_BODY_LIMIT}, a stream as `[stream]`. */
function bodyText(operation: string, body: unknown): string {
  if (body === undefined || body === null) return "(none)";
  if (isConfidential(operation)) return "[confidential]";
  if (body instanceof ReadableStream) return "[stream]";
  let text: string;
  if (typeof body === "string") text = body;
  else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) text = new TextDecoder().decode(body);
  else return "[body]";
  return text.length > ERROR_BODY_LIMIT ? `${text.slice(0, ERROR_BODY_LIMIT)}…` : text;
}

/** Debug: the request's headers and body, once per call. */
export function logRequest(log: Log, operation: string, input: string | Request, init: RequestInit): void {
  if (!log.debug) return;
  const request = typeof input === "string" ? undefined : input;
  const headers = redactedHeaders(request?.headers ?? init.headers);
  log.debug(
    `${operation} request headers ${headers} body ${bodyText(operation, init.body ?? request?.body)}`,
  );
}

/**
 * Info: an attempt's outcome, its status or its connection error's code, time and request id. Debug: the
 * response's headers and body, read from a clone (at most {@link ERROR_BODY_LIMIT} bytes), except a
 * stream's or a confidential operation's.
 */
export function logAttempt(
  log: Log,
  operation: string,
  attempt: number,
  started: number,
  response: Response | undefined,
  failureCode: string | undefined,
): void {
  if (!log.info) return;
  const ms = Math.round(performance.now() - started);
  const requestId = response?.headers.get("x-request-id");
  const id = requestId ? `, request id ${requestId}` : "";
  const outcome = response ? response.status : `no response (${failureCode ?? "connection error"})`;
  log.info(`${operation} ${outcome} in ${ms} ms (attempt ${attempt + 1}${id})`);
  if (!log.debug || !response) return;

  const debug = log.debug;
  const head = `${operation} ${response.status} response headers ${redactedHeaders(response.headers)} body`;
  const type = response.headers.get("content-type") ?? "";
  if (isConfidential(operation)) debug(`${head} [confidential]`);
  else if (type.includes("text/event-stream")) debug(`${head} [stream]`);
  else if (!response.body) debug(`${head} (none)`);
  else void readCappedText(response.clone()).then((text) => debug(`${head} ${text || "(none)"}`));
}

/** Warn: a retry about to happen, and why. */
export function logRetry(
  log: Log,
  operation: string,
  attempt: number,
  maxRetries: number,
  delay: number,
  response: Response | undefined,
  failureCode: string | undefined,
): void {
  if (!log.warn) return;
  const why = response
    ? `answered ${response.status}`
    : `got no response (${failureCode ?? "connection error"})`;
  log.warn(`${operation} ${why}: retry ${attempt + 1} of ${maxRetries} in ${Math.round(delay)} ms`);
}
