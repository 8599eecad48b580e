import { APICallError } from "@ai-sdk/provider";
import { isAPIConnectionError, isAPIError } from "@atoma-ts/client";

/** Where the failed call went, and what it sent (left out in confidential mode: it is plaintext). */
export interface FailedCall {
  url: string;
  requestBodyValues: unknown;
}

/**
 * Our client's error as the AI SDK's `APICallError`, after our client has retried what it retries:
 * `isRetryable` is false so that the AI SDK (which retries `APICallError`s marked retryable) does not
 * retry again on top. An error status keeps its status, headers and body, with our `APIError` as
 * `cause`. A connection failure gets no `cause`: the AI SDK retries any error whose cause chain has a
 * network code such as `ECONNREFUSED`, whatever `isRetryable` says; the message names the failure.
 * Any other error (a failed signature check or decryption, a missing key) is returned as it is.
 */
export function toAPICallError(error: unknown, call: FailedCall): unknown {
  if (isAPIError(error)) {
    const { message, status, headers, body } = error;
    return new APICallError({
      message,
      ...call,
      statusCode: status,
      responseHeaders: Object.fromEntries(headers),
      responseBody: typeof body === "string" ? body : JSON.stringify(body),
      data: body,
      cause: error,
      isRetryable: false,
    });
  }
  if (isAPIConnectionError(error)) {
    return new APICallError({ message: error.message, ...call, isRetryable: false });
  }
  return error;
}
