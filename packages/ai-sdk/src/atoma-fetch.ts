import type { FetchFunction } from "@ai-sdk/provider-utils";
import { AtomaError } from "@atoma-ts/client";
import type { Backend } from "./atoma-backend.js";
import { fetchAbortReason } from "./fetch-abort-reason.js";
import type { Route } from "./routes.js";
import { toAPICallError } from "./to-api-call-error.js";

/** What {@link createAtomaFetch} needs: the one operation its model calls, where, and how to send it. */
export interface AtomaFetchOptions {
  route: Route;
  /** The URL the model builds for it (`<baseURL>/v1/chat/completions`). */
  url: string;
  backend: Backend;
  /** Confidential mode: the request body is plaintext to be encrypted, and stays out of errors. */
  confidential: boolean;
}

/**
 * The `fetch` given to one of `@ai-sdk/openai-compatible`'s models: it takes the request the model built
 * for its operation (the JSON body, the signal, the per-call headers) and sends it through our client,
 * so that our retries, errors, encryption and signature checks apply. Any other request (another URL,
 * a download, a form) is refused. Behaves as `fetch` does on abort (rejects with the signal's reason);
 * our client's other errors become `APICallError`s.
 */
export function createAtomaFetch({ route, url, backend, confidential }: AtomaFetchOptions): FetchFunction {
  return async (input, init = {}) => {
    const requested = input instanceof Request ? input.url : String(input);
    if (requested !== url || init.method !== "POST" || typeof init.body !== "string") {
      throw new AtomaError(
        `@atoma-ts/ai-sdk: ${init.method ?? "GET"} ${requested} is not an Atoma operation it sends`,
      );
    }
    const body = init.body;
    try {
      // The models' headers are their content type, the AI SDK's user agent and the call's `headers`,
      // which go over our client's (the key included), as they go over the models' own.
      return await backend(route, body, { signal: init.signal ?? undefined, headers: init.headers });
    } catch (error) {
      const reason = fetchAbortReason(error, init.signal);
      if (reason !== error) throw reason;
      // Parsed only now: a call that succeeds passes the models' JSON on without reading it.
      throw toAPICallError(error, { url, requestBodyValues: confidential ? undefined : JSON.parse(body) });
    }
  };
}
