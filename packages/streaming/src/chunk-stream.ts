import { AtomaError, APIUserAbortError } from "@atoma-ts/client";
import { createChunkSource, teeChunkSource, type ChunkSource } from "./chunk-source.js";
import { decodeJSONChunk, type ChunkDecoder } from "./decode-chunk.js";
import { noop } from "./noop.js";
import { encodeSSE } from "./sse-encoder.js";
import type { Accumulator } from "./stream-types.js";

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** The parts of a {@link ChunkStream}; made by `createChatStream` and `createCompletionStream`. */
export interface ChunkStreamInit<Chunk, Final> {
  /** The response the stream reads (its status and headers stay readable). */
  response: Response;
  source: ChunkSource<Chunk, Final>;
  /** The operation, as `METHOD /path`, for error messages. */
  operation: string;
  /** The text a chunk adds to the first choice, for `textStream`. */
  textOf: (chunk: Chunk) => string | null | undefined;
}

/**
 * A stream of chunks read from a server-sent event response: an `AsyncIterable<Chunk>` with helpers.
 * It can be consumed once, by one of: iterating it, `textStream`, `toReadableStream()` or `tee()`;
 * a second consumer gets an `AtomaError`. `finalCompletion()` works with any of them, or alone.
 * Breaking out of the loop, `abort()` and the call's signal cancel the body and close the connection.
 *
 * @example
 * const stream = await atoma.chat.stream({ model, messages });
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? "");
 * const completion = await stream.finalCompletion(); // the whole answer, usage included
 */
export class ChunkStream<Chunk, Final> implements AsyncIterable<Chunk> {
  /** The HTTP response, body being read: status, headers (`x-request-id`). */
  readonly response: Response;
  readonly #init: ChunkStreamInit<Chunk, Final>;
  #consumer: string | undefined;
  readonly #ended: Promise<void>;
  #settle!: (error?: unknown) => void;

  /** Use `createChatStream`, `createCompletionStream` or a client's `stream` method. */
  constructor(init: ChunkStreamInit<Chunk, Final>) {
    this.response = init.response;
    this.#init = init;
    this.#ended = new Promise<void>((resolve, reject) => {
      this.#settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    this.#ended.catch(noop); // observed through finalCompletion() only
  }

  /** Iterates the chunks, each as the server sent it (unknown fields such as `signature` kept). */
  [Symbol.asyncIterator](): AsyncIterator<Chunk> {
    this.#claim("iterated");
    return this.#iterate();
  }

  /**
   * The text of the first choice, piece by piece (chat: `delta.content`; completions: `text`), empty
   * pieces skipped. Iterating it consumes the stream.
   *
   * @example
   * for await (const text of stream.textStream) process.stdout.write(text);
   */
  get textStream(): AsyncIterable<string> {
    return { [Symbol.asyncIterator]: () => textsOf(this, this.#init.textOf) };
  }

  /**
   * The whole response, assembled from every chunk, once the stream has ended. Called alone it reads
   * the stream itself; called while another consumer reads, it waits for the end. Rejects with the
   * stream's error (`partial` on it holds what was assembled), or an `APIUserAbortError` when the
   * stream was aborted or left before its end.
   *
   * @example
   * const completion = await (await atoma.chat.stream(params)).finalCompletion();
   */
  async finalCompletion(): Promise<Final> {
    if (this.#consumer === undefined) {
      const chunks = this[Symbol.asyncIterator]();
      while (!(await chunks.next()).done);
    }
    await this.#ended;
    return this.#init.source.result()!;
  }

  /**
   * The stream as bytes of server-sent events (`data: <chunk JSON>\n\n` each, then `data: [DONE]\n\n`):
   * a body for a web `Response`, e.g. in a route handler. The JSON is re-serialized, so per-chunk
   * signatures travel along but sign the original bytes. Consumes the stream; cancelling the readable
   * stream cancels this one. Read it back with `ChatStream.fromReadableStream`.
   *
   * @example
   * return new Response(stream.toReadableStream(), { headers: { "content-type": "text/event-stream" } });
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    this.#claim("turned into a ReadableStream");
    return encodeSSE(this.#iterate());
  }

  /**
   * Two independent streams of the same chunks, e.g. one to show and one to log. Each can be consumed
   * once, at its own pace (the slower one's chunks are buffered); aborting or leaving one leaves the
   * other running. Consumes this stream (its `finalCompletion()` then follows the first branch).
   */
  tee(): [this, this] {
    this.#claim("teed");
    const Stream = this.constructor as new (init: ChunkStreamInit<Chunk, Final>) => this;
    const branches = teeChunkSource(this.#init.source).map(
      (source) => new Stream({ ...this.#init, source }),
    ) as [this, this];
    // This stream's finalCompletion() follows the first branch.
    branches[0].#ended.then(() => this.#settle(), this.#settle);
    return branches;
  }

  /**
   * Cancels the stream: the body is cancelled and the connection closed. A pending or later read
   * rejects with an `APIUserAbortError` (`cause`: `reason`). Nothing happens once the stream has ended.
   */
  abort(reason?: unknown): void {
    const error = new APIUserAbortError(`${this.#init.operation} was aborted`, { cause: reason });
    this.#init.source.close(error);
    // A consumer between reads may never read again: settle the end here, so finalCompletion() does too.
    if (this.#consumer !== undefined) this.#settle(error);
  }

  #claim(how: string): void {
    if (this.#consumer !== undefined) {
      throw new AtomaError(
        `${this.#init.operation}: this stream was already ${this.#consumer}; a stream can be read once (use tee() to read it twice)`,
      );
    }
    this.#consumer = how;
  }

  /** A hand-made iterator: a resolved promise per buffered chunk, one source read per batch. */
  #iterate(): AsyncIterator<Chunk> {
    const { source, operation } = this.#init;
    let batch: Chunk[] = [];
    let index = 0;
    let done = false;
    let pulling: Promise<IteratorResult<Chunk>> | undefined;
    const finish = (error?: unknown) => {
      done = true;
      batch = [];
      this.#settle(error);
    };
    const pull = (): Promise<IteratorResult<Chunk>> =>
      source.next().then(
        (chunks) => {
          pulling = undefined;
          if (chunks) {
            batch = chunks;
            index = 0;
          } else finish();
          return iterator.next();
        },
        (error: unknown) => {
          pulling = undefined;
          finish(error);
          throw error;
        },
      );
    const iterator: AsyncIterator<Chunk> = {
      next() {
        if (index < batch.length) return Promise.resolve({ value: batch[index++]!, done: false });
        if (pulling) return pulling.then(iterator.next, iterator.next);
        if (done) return Promise.resolve(DONE);
        return (pulling = pull());
      },
      return() {
        if (!done) {
          finish(new APIUserAbortError(`${operation}: the stream was left before its end`));
          source.close();
        }
        return Promise.resolve(DONE);
      },
    };
    return iterator;
  }
}

async function* textsOf<Chunk>(
  chunks: AsyncIterable<Chunk>,
  textOf: (chunk: Chunk) => string | null | undefined,
): AsyncGenerator<string, void, undefined> {
  for await (const chunk of chunks) {
    const text = textOf(chunk);
    if (text) yield text;
  }
}

/** How a response is read as a stream; what the confidential and verifying layers pass in. */
export interface ChunkStreamOptions<Chunk> {
  /**
   * Turns each event into a chunk, e.g. to decrypt or verify it. Default: {@link decodeJSONChunk}
   * (JSON, with `event: error` and `{"error": ...}` payloads thrown as `APIError`).
   */
  decode?: ChunkDecoder<Chunk>;
  /** Aborting it cancels the body; reading then rejects with an `APIUserAbortError`. */
  signal?: AbortSignal;
  /**
   * Milliseconds to wait for the next *data* event before failing with an `APITimeoutError` (whose
   * `partial` holds what was assembled). Comments such as `: keep-alive` do not reset it; time the
   * consumer spends between reads does not count. Independent of the request's `timeout`, which ends
   * when the headers arrive.
   *
   * @default undefined (no idle timeout)
   */
  idleTimeout?: number;
  /** The most characters one event may hold (see `createSSEParser`). @default 16 MiB */
  maxEventSize?: number;
  /** The operation, as `METHOD /path`, named in error messages. */
  operation?: string;
  /**
   * Whether connection, timeout and truncation errors carry what was assembled as `partial`. Turn it
   * off when that is a secret (the decrypted plaintext of a confidential stream): loggers serialize
   * errors whole.
   *
   * @default true
   */
  keepPartial?: boolean;
}

/**
 * The parts of a stream that reads `response` with `options`, chunks added up by `accumulator`:
 * what `createChatStream` and `createCompletionStream` pass to their class.
 */
export function chunkStreamInit<Chunk, Final>(
  response: Response,
  options: ChunkStreamOptions<Chunk>,
  defaultOperation: string,
  accumulator: Accumulator<Chunk, Final>,
  textOf: (chunk: Chunk) => string | null | undefined,
): ChunkStreamInit<Chunk, Final> {
  const operation = options.operation ?? defaultOperation;
  const source = createChunkSource(response.body, {
    ...options,
    operation,
    headers: response.headers,
    decode: options.decode ?? (decodeJSONChunk as ChunkDecoder<Chunk>),
    accumulator,
  });
  return { response, operation, source, textOf };
}
