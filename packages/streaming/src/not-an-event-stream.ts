import { invalidResponseError, readCappedText } from "@atoma-ts/client/internal";
import type { ChunkSource } from "./chunk-source.js";
import { noop } from "./noop.js";

/**
 * Whether a response is not an event stream by its own account: a `content-type` other than
 * `text/event-stream` (a proxy's HTML page, a JSON answer from a server that ignored `stream: true`).
 * A response without one is read as a stream.
 */
export function isNotAnEventStream(response: Response): boolean {
  const type = response.headers.get("content-type");
  return type !== null && !type.toLowerCase().startsWith("text/event-stream");
}

/**
 * The source of a stream whose response is not an event stream: its first read fails with an
 * `InvalidResponseError` quoting the body, rather than a stream that seems to end empty.
 */
export function notAnEventStreamSource<Chunk, Final>(
  response: Response,
  operation: string,
): ChunkSource<Chunk, Final> {
  let failure: Promise<never> | undefined;
  return {
    next() {
      failure ??= readCappedText(response).then((text) => {
        throw invalidResponseError(response, operation, "a body that is not an event stream", text);
      });
      return failure;
    },
    close() {
      response.body?.cancel().catch(noop);
    },
    result: () => undefined,
  };
}
