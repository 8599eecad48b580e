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
 * The first {@link ERROR_BODY_LIMIT} bytes of a body as text; the rest is not read, and the connection
 * is closed. What could not be read counts as missing.
 */
export async function readCappedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
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
  return text + decoder.decode();
}

/** The body of an error response, for an `APIError`: {@link readCappedText}, parsed by {@link parseBody}. */
export async function readErrorBody(response: Response): Promise<unknown> {
  return parseBody(await readCappedText(response));
}

/**
 * The error for a success whose body is not what the operation promises: `what` it is instead (e.g. "a
 * body that is not JSON"), quoting the start of `text`.
 */
export function invalidResponseError(response: Response, operation: string, what: string, text: string) {
  const type = response.headers.get("content-type") ?? "no content-type";
  const excerpt = bodyExcerpt(text);
  const quote = excerpt ? `: "${excerpt}"` : "";
  return new InvalidResponseError(`${operation} answered ${response.status} (${type}) with ${what}${quote}`, {
    response,
    excerpt,
  });
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
  let what = "JSON that is not an object";
  if (text.trim() === "") what = "an empty body";
  else if (data === undefined) what = "a body that is not JSON";
  throw invalidResponseError(response, operation, what, text);
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
