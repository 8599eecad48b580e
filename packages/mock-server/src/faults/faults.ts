/**
 * Failures the mock server injects, per server (options) or per request (`x-mock-*` headers, which
 * override the server's). Every field is off when absent.
 */
export interface Faults {
  /** Delay before the response starts, in ms. Header `x-mock-latency`. */
  latencyMs?: number;
  /** Delay between stream events, in ms. Header `x-mock-chunk-delay`. */
  chunkDelayMs?: number;
  /** Answer with this error status instead. Header `x-mock-status`. */
  status?: number;
  /** The error's body: Atoma's JSON (default), plain text, or nothing. Header `x-mock-error-body`. */
  errorBody?: "json" | "text" | "empty";
  /** Only the first N attempts of the same request fail (then it succeeds). Header `x-mock-fail-attempts`. */
  failAttempts?: number;
  /** `Retry-After` sent with the error (seconds or an HTTP date). Header `x-mock-retry-after`. */
  retryAfter?: string;
  /** `retry-after-ms` sent with the error. Header `x-mock-retry-after-ms`. */
  retryAfterMs?: number;
  /** Drop the connection after K stream events (0: before any response). Header `x-mock-drop-after`. */
  dropAfterChunks?: number;
  /** Write the body a few bytes at a time (splitting UTF-8 characters). Header `x-mock-write-size`. */
  writeSize?: number;
  /** Send nothing for N ms in the middle of a stream. Header `x-mock-stall`. */
  stallMs?: number;
  /** How many events go out before the stall (default 1). Header `x-mock-stall-after`. */
  stallAfterChunks?: number;
  /**
   * A `: keep-alive` comment after each N ms a stream has nothing to send (0: none); overrides the
   * server's `keepAliveMs` (15 by default). Header `x-mock-keep-alive`.
   */
  keepAliveMs?: number;
  /** End streams with `data: [DONE]`, or just close them as Atoma's proxy does. Header `x-mock-stream-end`. */
  streamEnd?: "done" | "close";
}

type FaultParser = (value: string) => Faults[keyof Faults] | undefined;

const integer: FaultParser = (value) => {
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
};
const oneOf =
  <T extends string>(...allowed: T[]): FaultParser =>
  (value) =>
    allowed.find((candidate) => candidate === value);

/** The header of each fault and how its value reads. */
const FAULT_HEADERS: { [K in keyof Required<Faults>]: [header: string, parse: FaultParser] } = {
  latencyMs: ["x-mock-latency", integer],
  chunkDelayMs: ["x-mock-chunk-delay", integer],
  status: ["x-mock-status", integer],
  errorBody: ["x-mock-error-body", oneOf("json", "text", "empty")],
  failAttempts: ["x-mock-fail-attempts", integer],
  retryAfter: ["x-mock-retry-after", (value) => value],
  retryAfterMs: ["x-mock-retry-after-ms", integer],
  dropAfterChunks: ["x-mock-drop-after", integer],
  writeSize: ["x-mock-write-size", integer],
  stallMs: ["x-mock-stall", integer],
  stallAfterChunks: ["x-mock-stall-after", integer],
  keepAliveMs: ["x-mock-keep-alive", integer],
  streamEnd: ["x-mock-stream-end", oneOf("done", "close")],
};

/** The faults of one request: the server's, overridden by the request's headers. */
export function readFaults(headers: Headers, defaults: Faults = {}): Faults {
  const faults: Faults = { ...defaults };
  for (const [key, [header, parse]] of Object.entries(FAULT_HEADERS)) {
    const raw = headers.get(header);
    const value = raw === null ? undefined : parse(raw.trim());
    if (value !== undefined) (faults as Record<string, unknown>)[key] = value;
  }
  return faults;
}

/** Whether a header is one of the fault headers (they are kept out of the request log's noise). */
export const isFaultHeader = (name: string) => name.toLowerCase().startsWith("x-mock-");
