import { APIConnectionError } from "@atoma-ts/client";

/**
 * A body's text as JSON. Text that is not JSON (a proxy's HTML page) is an `APIConnectionError`, as
 * the client makes it; JSON.parse's message, which quotes the text, is not kept.
 */
export function parseJsonBody(text: string, operation: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new APIConnectionError(`${operation} failed: the response is not JSON`);
  }
}
