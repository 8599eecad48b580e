import { createSSEParser, type SSEEvent, type SSEParser, type SSEParserOptions } from "./sse-parser.js";

/** Options of {@link SSEDecoderStream}: those of the parser, events going to the readable side. */
export type SSEDecoderStreamOptions = Omit<SSEParserOptions, "onEvent">;

/**
 * A `TransformStream` from the pieces of a server-sent event stream (UTF-8 bytes, or text) to its
 * events, wrapping {@link createSSEParser}. Comments and `retry` go to the option callbacks as they
 * arrive; a last event without its blank line is emitted when the input ends; a
 * {@link StreamError} (`maxEventSize` exceeded) errors the stream.
 *
 * @example
 * const response = await fetch(url, { method: "POST", body, headers });
 * const events = response.body!.pipeThrough(
 *   new SSEDecoderStream({ onComment: () => idleTimer.refresh() }),
 * );
 * const reader = events.getReader();
 * for (let next = await reader.read(); !next.done; next = await reader.read()) {
 *   if (next.value.data !== "[DONE]") console.log(JSON.parse(next.value.data));
 * }
 */
export class SSEDecoderStream extends TransformStream<Uint8Array | string, SSEEvent> {
  constructor(options: SSEDecoderStreamOptions = {}) {
    let parser: SSEParser;
    super({
      start(controller) {
        parser = createSSEParser({ ...options, onEvent: (event) => controller.enqueue(event) });
      },
      transform(piece) {
        parser.feed(piece);
      },
      flush() {
        parser.end();
      },
    });
  }
}
