import { bodyExcerpt } from "./body-excerpt.js";
import { APIConnectionError, APIUserAbortError, InvalidResponseError } from "./errors.js";

/**
 * The most bytes of an error response kept: an error body says what went wrong in its first lines, and
 * a runaway one (a 50 MB page) must not be held in memory, nor read whole on every retry.
 */
export const ERROR_BODY_LIMIT = 64 * 1024;

/** A body's text as JSON when it parses, else the text itself, else undefined when it is empty. */
export function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The body of an error response, for an `APIError`: its first {@link ERROR_BODY_LIMIT} bytes (the rest
 * is not read, and the connection is closed), parsed by {@link parseBody}. What could not be read
 * counts as missing.
 */
export async function readErrorBody(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = ERROR_BODY_LIMIT - bytes;
      bytes += value.length;
      text += decoder.decode(value.subarray(0, room), { stream: true });
      if (bytes >= ERROR_BODY_LIMIT) {
        reader.cancel().catch(() => {});
        break;
      }
    }
  } catch {}
  return parseBody(text + decoder.decode());
}

/**
 * The JSON object a successful response promises, from its text. Anything else (a proxy's HTML page,
 * plain text, an empty body, JSON that is not an object) is an `InvalidResponseError` quoting what
 * came back.
 */
export function parseJsonResponse(text: string, response: Response, operation: string): object {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {}
  if (typeof data === "object" && data !== null && !Array.isArray(data)) return data;
  const type = response.headers.get("content-type") ?? "no content-type";
  const excerpt = bodyExcerpt(text);
  let message = `${operation} answered ${response.status} (${type}) with an empty body`;
  if (excerpt) {
    const what = data === undefined ? "a body that is not JSON" : "JSON that is not an object";
    message = `${operation} answered ${response.status} (${type}) with ${what}: "${excerpt}"`;
  }
  throw new InvalidResponseError(message, { response, excerpt });
}

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

/**
 * The JSON body of a successful response: see {@link readText} and {@link parseJsonResponse} for
 * what fails how.
 */
export async function readJson(response: Response, operation: string, signal?: AbortSignal): Promise<object> {
  return parseJsonResponse(await readText(response, operation, signal), response, operation);
}
