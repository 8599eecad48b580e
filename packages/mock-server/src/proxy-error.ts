import type { ErrorResponse } from "@atoma-ts/types";

/**
 * The proxy's error codes by status and the messages it sends clients (atoma-proxy
 * `AtomaProxyError::into_response`: `{"error": {"code", "message"}}`).
 */
const PROXY_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: "REQUEST_ERROR", message: "Request error" },
  401: { code: "AUTH_ERROR", message: "Authentication failed" },
  402: { code: "BALANCE_ERROR", message: "Insufficient balance" },
  404: { code: "NOT_FOUND", message: "Resource not found" },
  // Not one of the proxy's codes (it documents none for 413): the mock's own, in the proxy's shape,
  // so a client reads every refusal one way.
  413: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" },
  423: { code: "LOCKED", message: "Locked" },
  425: { code: "UNAVAILABLE_STACK", message: "Stack unavailable" },
  429: { code: "TOO_MANY_REQUESTS", message: "Too many requests" },
  500: { code: "INTERNAL_ERROR", message: "Internal server error occurred" },
  501: { code: "NOT_IMPLEMENTED", message: "Endpoint not implemented" },
  503: { code: "SERVICE_UNAVAILABLE", message: "Service unavailable" },
};

/** The options of {@link proxyError}: the body's form and extra headers, as faults ask. */
export interface ProxyErrorOptions {
  body?: "json" | "text" | "empty";
  headers?: Record<string, string>;
}

/**
 * An error as the proxy answers it. A 400 says what was wrong (`Request error: <detail>`, as the proxy
 * words a `RequestError`); a 500 may carry the proxy's client message in `detail`. A status the proxy
 * has no code of (a fault's 418) gets `INTERNAL_ERROR`.
 */
export function proxyError(status: number, detail?: string, options: ProxyErrorOptions = {}): Response {
  const known = PROXY_ERRORS[status] ?? PROXY_ERRORS[500]!;
  let message = known.message;
  if (detail !== undefined && status === 400) message = `Request error: ${detail}`;
  else if (detail !== undefined && status === 500) message = detail;

  const { body = "json", headers = {} } = options;
  if (body === "empty") return new Response(null, { status, headers });
  if (body === "text") {
    return new Response(message, {
      status,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8" },
    });
  }
  const json: ErrorResponse = { error: { code: known.code, message } };
  return Response.json(json, { status, headers });
}
