import type { ChunkDecoder, DecodeContext } from "./decode-chunk.js";
import { createEventReader, type EventReaderOptions } from "./event-reader.js";
import { StreamError } from "./stream-error.js";
import type { Accumulator } from "./stream-types.js";

/** Batches of decoded chunks, with what they add up to. The stream class reads one of these. */
export interface ChunkSource<Chunk, Final> {
  /**
   * The next chunks (at least one), or `undefined` at the end. Errors come after the chunks before
   * them; a stream that ends before every choice finished throws a `"truncated"` {@link StreamError}.
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
 * Reads a body of events into decoded, accumulated chunk batches, one batch per read of the body.
 * `data: [DONE]` marks the end: later events are ignored, and the body is read to its close.
 */
export function createChunkSource<Chunk, Final>(
  body: ReadableStream<Uint8Array> | null,
  { headers, decode, accumulator, keepPartial = true, ...readerOptions }: ChunkSourceOptions<Chunk, Final>,
): ChunkSource<Chunk, Final> {
  const context: DecodeContext = { operation: readerOptions.operation, headers };
  const partial = keepPartial ? accumulator.result : () => undefined;
  const reader = createEventReader(body, { ...readerOptions, partial });
  let sawDone = false;
  let truncation: StreamError | undefined;

  async function next(): Promise<Chunk[] | undefined> {
    for (;;) {
      const events = await reader.read();
      if (!events) return end();
      const chunks: Chunk[] = [];
      for (let i = 0; i < events.length && !sawDone; i++) {
        const event = events[i]!;
        if (event.data === "[DONE]") {
          sawDone = true;
          break;
        }
        let chunk: Chunk | undefined;
        try {
          chunk = decode(event.data, event, context);
          if (chunk !== undefined) accumulator.add(chunk);
        } catch (error) {
          // The next read throws it, after these chunks.
          reader.close(error as Error);
          break;
        }
        if (chunk !== undefined) chunks.push(chunk);
      }
      if (chunks.length > 0) return chunks;
    }
  }

  // Atoma's proxy ends a failed stream with a plain close: an unfinished choice is the only sign.
  function end(): undefined {
    if (truncation) throw truncation;
    if (accumulator.finished()) return undefined;
    truncation = new StreamError(
      `${readerOptions.operation}: the stream ended before every choice had finished (truncated)`,
      { type: "truncated", partial: partial() },
    );
    throw truncation;
  }

  return { next, close: reader.close, result: accumulator.result };
}

type Item<Chunk> = { chunks: Chunk[] | undefined } | { error: unknown };

/**
 * Splits a source in two: each branch gets every batch, read once from the source when the faster
 * branch asks; the slower one's are queued. Closing one branch leaves the other running; the source is
 * closed once both are.
 */
export function teeChunkSource<Chunk, Final>(
  source: ChunkSource<Chunk, Final>,
): [ChunkSource<Chunk, Final>, ChunkSource<Chunk, Final>] {
  let pulling: Promise<void> | undefined;
  const branches = [createBranch(), createBranch()] as const;

  function pull(): Promise<void> {
    pulling ??= source.next().then(
      (chunks) => deliver({ chunks }),
      (error: unknown) => deliver({ error }),
    );
    return pulling;
  }

  function deliver(item: Item<Chunk>): void {
    pulling = undefined;
    for (const branch of branches) if (!branch.closed) branch.queue.push(item);
  }

  function createBranch() {
    let failure: Error | undefined;
    let wake = () => {};
    const branch = {
      queue: [] as Item<Chunk>[],
      closed: false,
      async next(): Promise<Chunk[] | undefined> {
        while (branch.queue.length === 0) {
          if (branch.closed) {
            if (failure) throw failure;
            return undefined;
          }
          // Woken by the source, or at once by close().
          await new Promise<void>((resolve) => {
            wake = resolve;
            void pull().then(resolve);
          });
        }
        const item = branch.queue.shift()!;
        if ("error" in item) throw item.error;
        return item.chunks;
      },
      close(error?: Error): void {
        if (branch.closed) return;
        branch.closed = true;
        branch.queue = [];
        failure = error;
        wake();
        if (branches.every((other) => other.closed)) source.close(error);
      },
      result: source.result,
    };
    return branch;
  }

  return [branches[0], branches[1]];
}
