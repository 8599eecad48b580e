import { APIConnectionError, APIUserAbortError } from "@atoma-ts/client";

/**
 * The text of a successful response's body, exactly as received. A body that cannot be read (a
 * connection lost half-way) is an `APIConnectionError`; the caller's abort an `APIUserAbortError`.
 */
export function readText(response: Response, operation: string, signal?: AbortSignal): Promise<string> {
  return response.text().catch((error: unknown) => {
    throw signal?.aborted
      ? new APIUserAbortError(`${operation} was aborted`, { cause: signal.reason })
      : new APIConnectionError(`${operation} failed: the response could not be read`, { cause: error });
  });
}
