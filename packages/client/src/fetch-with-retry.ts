import { failureCode, hostOf, innermostCauseMessage } from "./connection-failure.js";
import { createDeadline, sleep } from "./deadline.js";
import { APIConnectionError, APITimeoutError, APIUserAbortError } from "./errors.js";
import type { Log } from "./log.js";
import { logAttempt, logRequest, logRetry } from "./log-http.js";
import type { FetchLike } from "./options.js";
import { isRetryableStatus, retryDelay } from "./retry-policy.js";

/** How one call is sent. */
export interface SendOptions {
  /** `METHOD /path`, for error messages. */
  operation: string;
  /** Undefined: the global `fetch`, looked up now. */
  fetch: FetchLike | undefined;
  signal: AbortSignal | undefined;
  timeout: number;
  /** 0 for a body that cannot be sent twice (a stream). */
  maxRetries: number;
  log: Log;
}

/**
 * Sends a request (`init` gets the call's signal), retrying connection errors and retryable statuses (see `retryPolicy`), under one
 * deadline for all attempts and the waits between them. Returns the final response whatever its status,
 * body unread, once its headers are in; the caller's signal stays linked to the body.
 *
 * @throws {APIUserAbortError} the caller aborted.
 * @throws {APITimeoutError} the deadline passed.
 * @throws {APIConnectionError} every attempt failed to connect; the last failure is the `cause`.
 */
export async function fetchWithRetry(
  input: string | Request,
  init: RequestInit,
  { operation, fetch: fetchFn = fetch, signal: callerSignal, timeout, maxRetries, log }: SendOptions,
): Promise<Response> {
  const deadline = createDeadline(callerSignal, timeout);
  init.signal = deadline.signal;
  logRequest(log, operation, input, init);
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined;
      let failure: unknown;
      const started = performance.now();
      try {
        response = await fetchFn(input, init);
      } catch (error) {
        failure = error;
      }
      // Aborted during the attempt or the wait before it (checked first: a fetch that ignores its
      // signal may still have answered).
      if (deadline.signal?.aborted) {
        throw callerSignal?.aborted
          ? new APIUserAbortError(`${operation} was aborted`, { cause: callerSignal.reason })
          : new APITimeoutError(
              `${operation} timed out: no response headers after ${timeout} ms (the client's or the call's \`timeout\` option)`,
            );
      }
      // A connection failure's code, read once for the logs and the error.
      const code = response ? undefined : failureCode(failure);
      logAttempt(log, operation, attempt, started, response, code);
      if (response && !isRetryableStatus(response.status)) return response;
      const delay = retryDelay(attempt, response?.headers);
      if (attempt >= maxRetries) {
        if (response) return response;
        throw connectionError(operation, input, failure, code, attempt + 1);
      }
      logRetry(log, operation, attempt, maxRetries, delay, response, code);
      // Frees the connection of the response we drop.
      response?.body?.cancel().catch(() => {});
      await sleep(delay, deadline.signal);
    }
  } finally {
    deadline.stop();
  }
}

/** "POST /v1/chat/completions failed: could not reach api.atoma.network (ENOTFOUND), 3 attempts". */
function connectionError(
  operation: string,
  input: string | Request,
  failure: unknown,
  code: string | undefined,
  attempts: number,
) {
  const why = code ?? innermostCauseMessage(failure);
  const reason = why ? ` (${why})` : "";
  const tries = attempts > 1 ? `, ${attempts} attempts` : "";
  return new APIConnectionError(`${operation} failed: could not reach ${hostOf(input)}${reason}${tries}`, {
    cause: failure,
    code,
  });
}
