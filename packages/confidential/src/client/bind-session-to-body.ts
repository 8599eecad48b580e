import type { ConfidentialSession } from "../protocol/confidential-session.js";

const BLANK_LINE = new TextEncoder().encode("\n\n");

/**
 * The response with a body that destroys `session` when it ends, fails or is cancelled (an abort,
 * a break out of the loop, an idle timeout, a chunk that failed its checks): the key is not kept one
 * read longer than the stream. Status and headers are kept.
 *
 * Before ending, the body adds a blank line, so that an event the server left unterminated is
 * dispatched (and decrypted) while the key is still there, and the key goes on the read after.
 */
export function bindSessionToBody(response: Response, session: ConfidentialSession): Response {
  const source = response.body;
  if (!source) {
    session.destroy();
    return response;
  }
  const reader = source.getReader();
  let ending = false;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (ending) {
          session.destroy();
          controller.close();
          return;
        }
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          session.destroy();
          if (!cancelled) controller.error(error);
          return;
        }
        if (cancelled) return;
        if (next.done) {
          ending = true;
          controller.enqueue(BLANK_LINE);
        } else controller.enqueue(next.value);
      },
      cancel(reason) {
        cancelled = true;
        session.destroy();
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  const { status, statusText, headers, url } = response;
  // A new Response has no URL of its own: keep the request's, which callers log.
  return Object.defineProperty(new Response(body, { status, statusText, headers }), "url", { value: url });
}
