import type { FetchFunction } from "@ai-sdk/provider-utils";
import { AtomaError } from "@atoma-ts/client";
import type { Backend } from "./atoma-backend.js";
import { fetchAbortReason } from "./fetch-abort-reason.js";
import { routeOf } from "./routes.js";
import { toAPICallError } from "./to-api-call-error.js";

/** What {@link createAtomaFetch} needs: the backend (made on first use), and whether bodies are secret. */
export interface AtomaFetchOptions {
  backend: () => Promise<Backend>;
  /** Confidential mode: the request body is plaintext to be encrypted, and stays out of errors. */
  confidential: boolean;
}

/** Headers the models send that our client sets itself. */
const OWN_HEADERS = ["authorization", "content-type"];

/**
 * The `fetch` given to `@ai-sdk/openai-compatible`'s models: it reads the request they built (the
 * operation from the URL, the JSON body, the signal, the per-call headers) and sends it through our
 * client, so that our retries, errors, encryption and signature checks apply. Behaves as `fetch`
 * does on abort (rejects with the signal's reason); our client's other errors become `APICallError`s.
 */
export function createAtomaFetch({ backend, confidential }: AtomaFetchOptions): FetchFunction {
  return async (input, init = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const route = routeOf(url);
    if (!route || init.method !== "POST" || typeof init.body !== "string") {
      throw new AtomaError(
        `@atoma-ts/ai-sdk: ${init.method ?? "GET"} ${url} is not an Atoma operation it sends`,
      );
    }
    const body = init.body;
    const headers = new Headers(init.headers);
    for (const name of OWN_HEADERS) headers.delete(name);
    try {
      const send = await backend();
      return await send(route, body, { signal: init.signal ?? undefined, headers });
    } catch (error) {
      const reason = fetchAbortReason(error, init.signal);
      if (reason !== error) throw reason;
      // Parsed only now: a call that succeeds passes the models' JSON on without reading it.
      throw toAPICallError(error, { url, requestBodyValues: confidential ? undefined : JSON.parse(body) });
    }
  };
}
