import { noop } from "./noop.js";

/**
 * A stream on its way: a promise of the stream (resolved once the response headers are in), that can
 * also be iterated directly, chunk by chunk. Awaiting it gives the stream with all its helpers
 * (`textStream`, `finalCompletion()`, `tee()`, `abort()`, `response`); iterating it reads the stream
 * once it comes, and a failed request rejects the first `next()`.
 *
 * @example
 * for await (const chunk of atoma.chat.stream(params)) console.log(chunk.choices[0]?.delta.content);
 * // or
 * const stream = await atoma.chat.stream(params);
 * const completion = await stream.finalCompletion();
 */
export type StreamPromise<Stream extends AsyncIterable<unknown>> = Promise<Stream> &
  AsyncIterable<Stream extends AsyncIterable<infer Chunk> ? Chunk : never>;

/** Makes a {@link StreamPromise} of a promised stream. */
export function createStreamPromise<Chunk, Stream extends AsyncIterable<Chunk> & { abort(): void }>(
  pending: Promise<Stream>,
): StreamPromise<Stream> {
  const iterable = pending as StreamPromise<Stream>;
  (iterable as AsyncIterable<Chunk>)[Symbol.asyncIterator] = () => iterateWhenItComes<Chunk, Stream>(pending);
  return iterable;
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** Iterates the stream once it comes; a failed request rejects the first `next()`. */
function iterateWhenItComes<Chunk, Stream extends AsyncIterable<Chunk> & { abort(): void }>(
  pending: Promise<Stream>,
): AsyncIterator<Chunk> {
  let chunks: AsyncIterator<Chunk> | undefined;
  let left = false;

  function next(): Promise<IteratorResult<Chunk>> {
    if (chunks) return chunks.next();
    return pending.then((stream) => {
      if (left) return DONE;
      chunks ??= stream[Symbol.asyncIterator]();
      return chunks.next();
    });
  }

  function leave(): Promise<IteratorResult<Chunk>> {
    left = true;
    if (chunks?.return) return chunks.return();
    if (chunks) return Promise.resolve(DONE);
    // Left before the stream came: abort it when it comes, so its connection is closed.
    pending.then((stream) => stream.abort(), noop);
    return Promise.resolve(DONE);
  }

  return { next, return: leave };
}
