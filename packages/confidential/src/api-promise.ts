import type { APIPromise } from "@atoma-ts/client";

/**
 * Wraps a call's result as the client's methods do: a promise of the data, with `withResponse()`.
 * When only `withResponse()` is used, the plain promise's rejection is handled.
 */
export function createAPIPromise<T>(result: Promise<{ data: T; response: Response }>): APIPromise<T> {
  const promise = result.then(({ data }) => data) as APIPromise<T>;
  promise.withResponse = () => {
    promise.catch(() => {});
    return result.then((done) => ({
      ...done,
      requestId: done.response.headers.get("x-request-id") ?? undefined,
    }));
  };
  return promise;
}
