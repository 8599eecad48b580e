/** When and how long to wait before retrying: the whole policy, as data. */
export const retryPolicy = {
  /** Retried statuses, besides every 5xx. */
  statuses: [408, 409, 429],
  /** The first backoff, doubled at each attempt. */
  baseDelay: 500,
  /** The longest wait: of our backoff, and of what the server asks for in `Retry-After`. */
  maxDelay: 60_000,
  /** The share of a backoff taken off at random, so that clients do not retry in step. */
  jitter: 0.25,
} as const;

/** Whether a response with this status is worth sending again. */
export const isRetryableStatus = (status: number): boolean =>
  status >= 500 || (retryPolicy.statuses as readonly number[]).includes(status);

/**
 * Milliseconds the server asks us to wait, or undefined when it does not say (or says nonsense). Reads
 * `retry-after-ms` (OpenAI's) first; when it is missing or not a number, `Retry-After` as delay-seconds
 * or as an HTTP-date (RFC 9110, 10.2.3). A date in the past, or a negative number, asks for no wait.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = parseNumber(headers.get("retry-after-ms"));
  if (milliseconds !== undefined) return Math.max(milliseconds, 0);

  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = parseNumber(value);
  if (seconds !== undefined) return Math.max(seconds * 1000, 0);

  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(date - now, 0);
}

/** A header's number, or undefined when it is absent, blank or not a number (`Number("")` is 0). */
function parseNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isNaN(number) ? undefined : number;
}

/** How long to wait before retry `attempt + 1`: what the server asked for, else exponential backoff. */
export function retryDelay(attempt: number, headers?: Headers): number {
  const { baseDelay, maxDelay, jitter } = retryPolicy;
  const asked = headers ? parseRetryAfter(headers) : undefined;
  if (asked !== undefined) return Math.min(asked, maxDelay);
  const backoff = baseDelay * 2 ** attempt * (1 - jitter * Math.random());
  return Math.min(backoff, maxDelay);
}
