/** What {@link APIPromise.withResponse} resolves to. */
export interface WithResponse<T> {
  /** The parsed body, as the promise itself resolves to. */
  data: T;
  /** The HTTP response (its body already read). */
  response: Response;
  /** The `x-request-id` header, when the server sent one: quote it when reporting a problem. */
  requestId: string | undefined;
}

/** The promise of a call's parsed body, which can also give the HTTP response. */
export interface APIPromise<T> extends Promise<T> {
  /**
   * The parsed body together with the response and its request id. The call is made once, whether
   * the promise, this, or both are awaited.
   *
   * @example
   * ```ts
   * const { data, response, requestId } = await atoma.chat.create(params).withResponse();
   * ```
   */
  withResponse(): Promise<WithResponse<T>>;
}

/** Wraps a call's result; when only `withResponse()` is used, the plain promise's rejection is handled. */
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
