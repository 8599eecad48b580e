import { AtomaError, APIUserAbortError } from "@atoma-ts/client";
import { isNotAnEventStream, notAnEventStreamSource } from "./not-an-event-stream.js";
import { createChunkSource, teeChunkSource, type ChunkSource } from "./chunk-source.js";
import { decodeJSONChunk, type ChunkDecoder } from "./decode-chunk.js";
import { noop } from "./noop.js";
import { encodeSSE } from "./sse-encoder.js";
import type { Accumulator } from "./stream-types.js";

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * The parts of a {@link ChunkStream}; made by `createChatStream` and `createCompletionStream`. A type of
 * the constructor's, which apps do not call.
 *
 * @internal
 */
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

  /**
   * Use `createChatStream`, `createCompletionStream` or a client's `stream` method.
   *
   * @internal
   */
  constructor(init: ChunkStreamInit<Chunk, Final>) {
    this.response = init.response;
    this.#init = init;
    this.#ended = new Promise<void>((resolve, reject) => {
      this.#settle = (error) => {
        if (error === undefined) resolve();
        else reject(error);
      };
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
      // Read to the end: the source accumulates every chunk it reads.
      const chunks = this[Symbol.asyncIterator]();
      let result = await chunks.next();
      while (!result.done) result = await chunks.next();
    }
    await this.#ended;
    return this.#init.source.result()!;
  }

  /**
   * What the chunks received so far add up to (a read of the body may bring a few more chunks than a
   * loop has yet been given), at any time: during the stream, after it ended, and after it
   * was aborted, broken out of or cut (then `finalCompletion()` rejects, but this keeps the text
   * received and, if its chunk came, the usage). `undefined` before the first chunk. On a confidential
   * stream it is the decrypted plaintext: it stays on this object, never on an error.
   *
   * @example
   * for await (const chunk of stream) if (tooLong(chunk)) break;
   * console.log(stream.partial?.choices[0]?.message.content, stream.partial?.usage);
   */
  get partial(): Final | undefined {
    return this.#init.source.result();
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

  /**
   * The chunks, one `next()` at a time. A hand-written state machine rather than an async generator:
   * a generator pays an extra await per chunk (slower on the stream benchmarks), and its `return()`
   * would wait behind a pending read instead of cancelling the body at once. The states:
   * - buffered: chunks of the last read are left; `next()` resolves with the next one at once;
   * - reading: a read of the source is in flight; `next()` waits for it, then asks again;
   * - idle: nothing buffered, nothing in flight; `next()` starts a read;
   * - ended: the source ended or failed, or the consumer left; `next()` resolves done.
   */
  #iterate(): AsyncIterator<Chunk> {
    const { source, operation } = this.#init;
    let batch: Chunk[] = [];
    let index = 0;
    let reading: Promise<IteratorResult<Chunk>> | undefined;
    let ended = false;

    const end = (error?: unknown) => {
      ended = true;
      batch = [];
      this.#settle(error);
    };

    // One read of the source: a batch of chunks, the first of which it resolves with.
    const read = async (): Promise<IteratorResult<Chunk>> => {
      let chunks: Chunk[] | undefined;
      try {
        chunks = await source.next();
      } catch (error) {
        end(error);
        throw error;
      } finally {
        reading = undefined;
      }
      if (!chunks) {
        end();
        return DONE;
      }
      batch = chunks;
      index = 1;
      return { value: chunks[0]!, done: false };
    };

    const next = (): Promise<IteratorResult<Chunk>> => {
      if (index < batch.length) return Promise.resolve({ value: batch[index++]!, done: false });
      // A second caller that did not wait for the first: served after that read, in order.
      if (reading) return reading.then(next, next);
      if (ended) return Promise.resolve(DONE);
      reading = read();
      return reading;
    };

    // Leaving before the end (a `break`) ends the stream as an abort and cancels the body.
    const leave = (): Promise<IteratorResult<Chunk>> => {
      if (!ended) {
        end(new APIUserAbortError(`${operation}: the stream was left before its end`));
        source.close();
      }
      return Promise.resolve(DONE);
    };

    return { next, return: leave };
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
   * Turns each event into a chunk, e.g. to decrypt or verify it. Default: `decodeJSONChunk`
   * (JSON, with `event: error` and `{"error": ...}` payloads thrown as `APIError`).
   */
  decode?: ChunkDecoder<Chunk>;
  /** Aborting it cancels the body; reading then rejects with an `APIUserAbortError`. */
  signal?: AbortSignal;
  /**
   * Milliseconds the stream may go without receiving any bytes before it fails with an
   * `APITimeoutError` (whose `partial` holds what was assembled), and its connection is closed.
   * Atoma's proxy writes a `: keep-alive` comment after every 15 ms without data, so a live stream is
   * never silent for long, however slow its first token: a minute of silence means a dead connection.
   * Time the consumer spends between reads does not count. `0` or `Infinity` turns it off.
   * Independent of the request's `timeout`, which ends when the headers arrive.
   *
   * @default 60_000 (one minute)
   */
  idleTimeout?: number;
  /**
   * Milliseconds to wait for the next *data* event, keep-alive comments notwithstanding: catches a
   * generation that stalls behind a live connection. Off by default, because a slow first token (a
   * long prompt, a busy node) is normal.
   *
   * @default undefined (off)
   */
  dataTimeout?: number;
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

/** A stream's default `idleTimeout`: a minute without any bytes (see {@link ChunkStreamOptions.idleTimeout}). */
export const DEFAULT_IDLE_TIMEOUT = 60_000;

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
  if (isNotAnEventStream(response)) {
    return { response, operation, source: notAnEventStreamSource(response, operation), textOf };
  }
  const source = createChunkSource(response.body, {
    ...options,
    idleTimeout: options.idleTimeout ?? DEFAULT_IDLE_TIMEOUT,
    operation,
    headers: response.headers,
    decode: options.decode ?? (decodeJSONChunk as ChunkDecoder<Chunk>),
    accumulator,
  });
  return { response, operation, source, textOf };
}
