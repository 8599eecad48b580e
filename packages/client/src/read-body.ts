import { APIConnectionError, APIUserAbortError } from "./errors.js";

/** A body's text as JSON when it parses, else the text itself, else undefined when it is empty. */
export function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The body of an error response, for an `APIError`; a body that cannot be read counts as empty. */
export const readErrorBody = (response: Response): Promise<unknown> =>
  response.text().then(parseBody, () => undefined);

/**
 * The JSON body of a successful response. A body that cannot be read or parsed (a connection lost
 * half-way, a proxy's HTML page) is an `APIConnectionError`; the caller's abort an `APIUserAbortError`.
 */
export const readJson = (response: Response, operation: string, signal?: AbortSignal): Promise<unknown> =>
  response.json().catch((error: unknown) => {
    throw signal?.aborted
      ? new APIUserAbortError(`${operation} was aborted`, { cause: signal.reason })
      : new APIConnectionError(`${operation} failed: unreadable response`, { cause: error });
  });
