const encoder = new TextEncoder();
const DONE = encoder.encode("data: [DONE]\n\n");

/**
 * Encodes values as a server-sent event stream: `data: <JSON>\n\n` for each value, then
 * `data: [DONE]\n\n`, as UTF-8 bytes. It pulls one value at a time (so a slow reader slows the source);
 * an error of the source errors the stream; cancelling the stream stops the source (`return()`).
 *
 * @example
 * // A route handler re-serving a stream as SSE:
 * return new Response(encodeSSE(chunks), { headers: { "content-type": "text/event-stream" } });
 */
export function encodeSSE(values: AsyncIterator<unknown>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await values.next();
        if (next.done) {
          controller.enqueue(DONE);
          controller.close();
        } else {
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(next.value)}\n\n`));
        }
      },
      async cancel() {
        await values.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
