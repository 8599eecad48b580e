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
 * `retry-after-ms` (OpenAI's), else `Retry-After` as delay-seconds or an HTTP-date (RFC 9110, 10.2.3);
 * a date in the past is no wait.
 */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  const value = headers.get("retry-after");
  const delay = ms ? +ms : value ? +value * 1000 || Date.parse(value) - now : NaN;
  return delay < 0 ? 0 : delay >= 0 ? delay : undefined;
}

/** How long to wait before retry `attempt + 1`: what the server asked for, else exponential backoff. */
export function retryDelay(attempt: number, headers?: Headers): number {
  const { baseDelay, maxDelay, jitter } = retryPolicy;
  const asked = headers && parseRetryAfter(headers);
  const backoff = baseDelay * 2 ** attempt * (1 - jitter * Math.random());
  return Math.min(asked ?? backoff, maxDelay);
}
