/** What a middleware hook is told about the request being sent. */
export interface MiddlewareContext {
  /** The request as it will be sent (its `Authorization` header included); hooks may change its headers. */
  request: Request;
  /** The operation's path in the spec, e.g. `/v1/chat/completions`. */
  schemaPath: string;
}

/**
 * Hooks run around every call: the methods, `request()` and `raw`. The shape is openapi-fetch's, so most
 * of its middleware fits: `onRequest` in order, then the send (with its retries), then `onResponse` in
 * reverse order on the final response; `onError` in reverse order when the send fails.
 *
 * @example
 * ```ts
 * const log: Middleware = { onResponse: ({ request, response }) => console.log(request.url, response.status) };
 * createAtomaClient({ middleware: [log] });
 * ```
 */
export interface Middleware {
  /** Return a `Request` to send it instead, or a `Response` to answer without sending anything. */
  onRequest?(
    context: MiddlewareContext,
  ): Request | Response | undefined | void | Promise<Request | Response | undefined | void>;
  /** Return a `Response` to hand it on instead. */
  onResponse?(
    context: MiddlewareContext & { response: Response },
  ): Response | undefined | void | Promise<Response | undefined | void>;
  /** Return a `Response` to recover, or an `Error` to throw that instead. */
  onError?(
    context: MiddlewareContext & { error: unknown },
  ): Response | Error | undefined | void | Promise<Response | Error | undefined | void>;
}

/**
 * Runs the middleware around `send`, as openapi-fetch does: a `Response` from `onRequest` skips the send
 * and the `onResponse` hooks.
 */
export async function runMiddleware(
  middleware: readonly Middleware[],
  context: MiddlewareContext,
  send: (request: Request) => Promise<Response>,
): Promise<Response> {
  for (const hooks of middleware) {
    const result = await hooks.onRequest?.(context);
    if (result instanceof Response) return result;
    if (result instanceof Request) context = { ...context, request: result };
  }

  let response: Response;
  try {
    response = await send(context.request);
  } catch (error) {
    response = await recover(middleware, { ...context, error });
  }

  for (let i = middleware.length - 1; i >= 0; i--) {
    const result = await middleware[i]!.onResponse?.({ ...context, response });
    if (result instanceof Response) response = result;
  }
  return response;
}

/** The `onError` hooks, last first: the first `Response` recovers; an `Error` replaces the one thrown. */
async function recover(
  middleware: readonly Middleware[],
  context: MiddlewareContext & { error: unknown },
): Promise<Response> {
  let error = context.error;
  for (let i = middleware.length - 1; i >= 0; i--) {
    const result = await middleware[i]!.onError?.({ ...context, error });
    if (result instanceof Response) return result;
    if (result instanceof Error) error = result;
  }
  throw error;
}
