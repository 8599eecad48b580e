import { fetchWithRetry, type SendOptions } from "./fetch-with-retry.js";
import { runMiddleware } from "./middleware.js";
import type { RequestOptions, ResolvedOptions } from "./options.js";

/** A `RequestInit` that may stream its body (`duplex` is not in the DOM typings yet). */
export interface OutgoingInit extends RequestInit {
  duplex?: "half";
}

/** A request ready to send: made by {@link operationRequest} for the methods, or from `raw`'s `Request`. */
export interface Outgoing {
  url: string;
  init: OutgoingInit;
  /** `METHOD /path`, for error messages. */
  operation: string;
  /** The operation's path in the spec, for middleware. */
  schemaPath: string;
  /** False for a `ReadableStream` body: it can be read once only, so the request is never retried. */
  replayable: boolean;
}

/** The options of one send: a call's options, without its headers (already in the request). */
export type SendCallOptions = Omit<RequestOptions, "headers">;

/** Sends an outgoing request; resolves to the final response, whatever its status, body unread. */
export type Send = (outgoing: Outgoing, options: SendCallOptions) => Promise<Response>;

/**
 * The one way every call is sent: the methods, `request()` and `raw` alike. It runs the middleware, if
 * any, around {@link fetchWithRetry} (retries, timeout, abort). Without middleware no `Request` object is
 * made: `fetch` gets the URL and init, which saves it a copy.
 */
export function createSend(config: ResolvedOptions): Send {
  return (outgoing, { signal, timeout = config.timeout, maxRetries = config.maxRetries }) => {
    const options: SendOptions = {
      operation: outgoing.operation,
      fetch: config.fetch,
      signal,
      timeout,
      maxRetries: outgoing.replayable ? maxRetries : 0,
      log: config.log,
    };
    if (config.middleware.length === 0) return fetchWithRetry(outgoing.url, outgoing.init, options);

    const request = new Request(outgoing.url, outgoing.init);
    return runMiddleware(config.middleware, { request, schemaPath: outgoing.schemaPath }, async (final) => {
      // fetch consumes a Request's body: keep its bytes, to send them again on a retry.
      const body = outgoing.replayable && final.body ? await final.arrayBuffer() : undefined;
      return fetchWithRetry(final, body ? { body } : {}, options);
    });
  };
}
