/** `stream_options` when the caller sets none: the last chunk then carries the request's usage. */
const DEFAULT_STREAM_OPTIONS = { include_usage: true };

/**
 * The body of a streaming request (plain, verified or encrypted alike): the params with
 * `stream: true`, and `stream_options: { include_usage: true }` unless the caller gave `stream_options`.
 *
 * @example
 * streamingBody({ model, messages }); // { model, messages, stream: true, stream_options: { include_usage: true } }
 */
export function streamingBody<Params extends { stream_options?: unknown }>(
  params: Params,
): Params & { stream: true } {
  return {
    ...params,
    stream: true,
    stream_options: params.stream_options === undefined ? DEFAULT_STREAM_OPTIONS : params.stream_options,
  };
}
