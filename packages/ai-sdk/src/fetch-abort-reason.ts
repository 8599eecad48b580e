import { isAPIUserAbortError } from "@atoma-ts/client";

/**
 * What `fetch` rejects with (or errors a body with) once its signal is aborted: the signal's reason,
 * which the AI SDK recognises as an abort. Our client's `APIUserAbortError` becomes that reason; any
 * other error stays as it is.
 */
export function fetchAbortReason(error: unknown, signal: AbortSignal | null | undefined): unknown {
  return signal?.aborted && isAPIUserAbortError(error) ? signal.reason : error;
}
