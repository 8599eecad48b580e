import { AtomaError } from "@atoma-ts/client";
import type { ChunkDecoder, DecodeContext } from "./decode-chunk.js";
import type { SSEEvent } from "./sse-parser.js";

/** A {@link ChunkDecoder} that takes its time: WebCrypto, a worker. */
export type AsyncChunkDecoder<Chunk> = (
  data: string,
  event: SSEEvent,
  context: DecodeContext,
) => Promise<Chunk | undefined>;

type Outcome<Chunk> = { value: Chunk | undefined } | { error: unknown };

/**
 * A {@link ChunkDecoder} made of an async one. The events of each read of the body are decoded all at
 * once (so the slow work of a batch overlaps: Node runs WebCrypto on its thread pool), then handed to
 * the stream in order. An event that fails to decode fails the stream at that event, after the chunks
 * before it, as a synchronous decoder's throw does; what later events decoded to is dropped then.
 *
 * @example
 * // Chunks signed by the node, checked with WebCrypto's Ed25519.
 * const decode = createConcurrentDecoder(async (data, event, context) => {
 *   await checkSignature(data);
 *   return parseEventData(data, event, context) as ChatCompletionChunk;
 * });
 * const stream = createChatStream(response, { decode });
 */
export function createConcurrentDecoder<Chunk>(decodeAsync: AsyncChunkDecoder<Chunk>): ChunkDecoder<Chunk> {
  // What each prepared event decoded to, until the stream takes it.
  const outcomes = new Map<SSEEvent, Outcome<Chunk>>();
  let sawDone = false;

  async function settle(event: SSEEvent, context: DecodeContext): Promise<void> {
    try {
      outcomes.set(event, { value: await decodeAsync(event.data, event, context) });
    } catch (error) {
      outcomes.set(event, { error });
    }
  }

  const decode: ChunkDecoder<Chunk> = (_data, event) => {
    const outcome = outcomes.get(event);
    if (!outcome) {
      throw new AtomaError("a concurrent decoder was asked for an event it was not prepared with");
    }
    outcomes.delete(event);
    if (!("error" in outcome)) return outcome.value;
    // The stream ends here: what the events after this one decoded to is not kept.
    outcomes.clear();
    throw outcome.error;
  };

  decode.prepare = async (events, context) => {
    // The stream decodes nothing from `data: [DONE]` on, in this read or a later one.
    if (sawDone) return;
    let toDecode = events;
    const done = events.findIndex((event) => event.data === "[DONE]");
    if (done >= 0) {
      sawDone = true;
      toDecode = events.slice(0, done);
    }
    await Promise.all(toDecode.map((event) => settle(event, context)));
  };
  return decode;
}
