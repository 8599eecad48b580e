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

/** The default of `maxLoggedRequests`: plenty for a test to look back on, and a bound for a long run. */
export const DEFAULT_MAX_LOGGED_REQUESTS = 1000;

/** The latest requests, oldest first, and the count of all of them (what names each `req_<n>`). */
export interface RequestLog {
  readonly entries: RequestLogEntry[];
  /** Adds an entry, dropping the oldest past the bound; returns the request's number, from 1. */
  add(entry: RequestLogEntry): number;
}

/** A log that keeps only the last `maxEntries` requests (0: none), so a long-running server stays small. */
export function createRequestLog(maxEntries: number): RequestLog {
  const entries: RequestLogEntry[] = [];
  let count = 0;
  return {
    entries,
    add(entry) {
      entries.push(entry);
      if (entries.length > maxEntries) entries.splice(0, entries.length - maxEntries);
      return ++count;
    },
  };
}
