import type { ChunkDecoder, DecodeContext } from "./decode-chunk.js";
import { createEventReader, type EventReaderOptions } from "./event-reader.js";
import { noop } from "./noop.js";
import type { SSEEvent } from "./sse-parser.js";
import { StreamError } from "./stream-error.js";
import type { Accumulator } from "./stream-types.js";

/**
 * Batches of decoded chunks, with what they add up to. The stream class reads one of these.
 *
 * @internal
 */
export interface ChunkSource<Chunk, Final> {
  /**
   * The next chunks (at least one), or `undefined` at the end. Errors come after the chunks before
   * them; a body that ends before every choice had its `finish_reason` (or before any choice came),
   * `[DONE]` or not, throws a `"truncated"` {@link StreamError}.
   */
  next(): Promise<Chunk[] | undefined>;
  /** Stops: the pending and later `next()` reject with `error`, or resolve to `undefined` without. */
  close(error?: Error): void;
  /** What the chunks read so far add up to. */
  result(): Final | undefined;
}

/** What {@link createChunkSource} needs besides the body. */
export interface ChunkSourceOptions<Chunk, Final> extends Omit<EventReaderOptions, "partial"> {
  headers: Headers;
  decode: ChunkDecoder<Chunk>;
  accumulator: Accumulator<Chunk, Final>;
  /** Whether errors carry what was assembled as `partial`. */
  keepPartial?: boolean;
}

/**
 * Reads a body of events into decoded, accumulated chunk batches: one batch per read of the body that
 * completes at least one chunk.
 * `data: [DONE]` marks the end: later events are ignored, and the body is read to its close.
 */
export function createChunkSource<Chunk, Final>(
  body: ReadableStream<Uint8Array> | null,
  { headers, decode, accumulator, keepPartial = true, ...readerOptions }: ChunkSourceOptions<Chunk, Final>,
): ChunkSource<Chunk, Final> {
  const context: DecodeContext = { operation: readerOptions.operation, headers };
  const partial = keepPartial ? accumulator.result : noop;
  const reader = createEventReader(body, { ...readerOptions, partial });
  let sawDone = false;
  let truncation: StreamError | undefined;

  async function next(): Promise<Chunk[] | undefined> {
    // A read of only comments, skipped events or events after `[DONE]` yields no chunk: read on.
    for (;;) {
      const events = await reader.read();
      if (!events) return end();
      if (sawDone) continue;
      // Only a decoder with slow work has `prepare`: a plain stream spares an await per read.
      if (decode.prepare) await decode.prepare(events, context);
      const chunks = decodeEvents(events);
      if (chunks.length > 0) return chunks;
    }
  }

  /** Decodes and accumulates the events of one read, up to `[DONE]` or the first that fails. */
  function decodeEvents(events: SSEEvent[]): Chunk[] {
    const chunks: Chunk[] = [];
    for (const event of events) {
      if (event.data === "[DONE]") {
        sawDone = true;
        return chunks;
      }
      try {
        const chunk = decode(event.data, event, context);
        if (chunk === undefined) continue;
        accumulator.add(chunk);
        chunks.push(chunk);
      } catch (error) {
        // An event that fails to decode or to add up fails the stream: the next read throws it, after
        // these chunks.
        reader.close(error as Error);
        return chunks;
      }
    }
    return chunks;
  }

  // Atoma's proxy ends a failed stream with a plain close: an unfinished choice is the only sign.
  function end(): undefined {
    if (accumulator.finished()) return undefined;
    throw (truncation ??= new StreamError(
      `${readerOptions.operation}: the stream ended before every choice had finished (truncated)`,
      { type: "truncated", partial: partial() },
    ));
  }

  return { next, close: reader.close, result: accumulator.result };
}

/**
 * Splits a source in two: each branch gets every batch, read once from the source when the faster
 * branch asks; the slower one's wait in its queue. Closing one branch leaves the other running; the
 * source is closed once both are.
 */
export function teeChunkSource<Chunk, Final>(
  source: ChunkSource<Chunk, Final>,
): [ChunkSource<Chunk, Final>, ChunkSource<Chunk, Final>] {
  // The queues of the open branches: each read of the source goes into every one of them.
  const queues = new Set<Promise<Chunk[] | undefined>[]>();

  function createBranch(): ChunkSource<Chunk, Final> {
    const queue: Promise<Chunk[] | undefined>[] = [];
    queues.add(queue);
    let closed = false;
    // Settles once the branch is closed: rejects with its error, or resolves to `undefined`.
    let stop!: (error?: Error) => void;
    const stopped = new Promise<undefined>((resolve, reject) => {
      stop = (error) => {
        if (error) reject(error);
        else resolve(undefined);
      };
    });
    stopped.catch(noop);

    function next(): Promise<Chunk[] | undefined> {
      if (closed) return stopped;
      // This branch is ahead: it reads the source, for every open branch.
      if (queue.length === 0) {
        const read = source.next();
        read.catch(noop); // the other branch may close before it takes this read
        for (const other of queues) other.push(read);
      }
      return Promise.race([queue.shift()!, stopped]);
    }

    function close(error?: Error): void {
      if (closed) return;
      closed = true;
      queues.delete(queue);
      stop(error);
      if (queues.size === 0) source.close(error);
    }

    return { next, close, result: source.result };
  }

  return [createBranch(), createBranch()];
}
