import type { BodyOutcome } from "../faults/write-frames.js";

/** One request the server received, for tests to read. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** The spec's operationId, when the path and method name one. */
  operationId: string | undefined;
  /** The request headers, without `authorization` (the secret never reaches the log). */
  headers: Record<string, string>;
  /** The parsed body, once it has been read (and validated, when `status` is 2xx). */
  body: unknown;
  /** The status answered. */
  status: number | undefined;
  /** How the response body ended: all of it, a client disconnect, or a dropped connection. */
  outcome: BodyOutcome | undefined;
  /** For confidential calls: the plain operation inside, and whether it streamed (never the plaintext). */
  confidential?: { operationId: string; stream: boolean };
}

/** The headers of a request as a plain object, without the credential. */
export function loggableHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== "authorization") result[name] = value;
  });
  return result;
}
