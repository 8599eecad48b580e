import { APIConnectionError, APITimeoutError, APIUserAbortError } from "@atoma-ts/client";
import { noop } from "./noop.js";
import { createSSEParser, type SSEEvent } from "./sse-parser.js";

/** How {@link createEventReader} reads a body. */
export interface EventReaderOptions {
  /** The operation, as `METHOD /path`, for error messages. */
  operation: string;
  /** Aborting it cancels the body; reads then reject with an `APIUserAbortError`. */
  signal?: AbortSignal;
  /**
   * Milliseconds a read may wait without receiving any bytes (comments such as `: keep-alive` count):
   * the connection is then taken for dead. Off when absent, not positive or not finite.
   */
  idleTimeout?: number;
  /**
   * Milliseconds a read may wait for the next data event; comments do not count as data. Off when
   * absent, not positive or not finite.
   */
  dataTimeout?: number;
  /** The parser's `maxEventSize`. */
  maxEventSize?: number;
  /** What the stream has assembled so far, for the `partial` of a connection or timeout error. */
  partial?: () => unknown;
}

/** Reads a body of server-sent events in batches: every event each read of the body completed. */
export interface EventReader {
  /**
   * Resolves to the next events (at least one), or `undefined` once the body has ended. Comments are
   * skipped. Never call it again before it settles.
   *
   * @throws {APIConnectionError} the connection broke (`partial`: what was assembled).
   * @throws {APITimeoutError} no bytes came for `idleTimeout` ms, or no data event for `dataTimeout` ms
   *   (`partial` too).
   * @throws {APIUserAbortError} the signal aborted, or {@link EventReader.close} was given this error.
   * @throws {StreamError} an event exceeded `maxEventSize`.
   */
  read(): Promise<SSEEvent[] | undefined>;
  /**
   * Stops reading and cancels the body, which closes the connection. With an error, the pending and
   * later reads reject with it; without, they resolve to `undefined`.
   */
  close(error?: Error): void;
}

/** A limit in ms, or Infinity when it is off (absent, zero, negative, NaN or Infinity). */
const limitOf = (ms: number | undefined) => (ms !== undefined && ms > 0 && ms < Infinity ? ms : Infinity);

/**
 * Creates an {@link EventReader} over a response body (`null` reads as empty), with the two timeouts
 * and the signal. Only time a read spends waiting counts, not the time the consumer takes between
 * reads. One timer serves the whole stream: it is armed when a read starts waiting and, when it fires
 * early, re-armed for the time left, so a fast stream costs no timer work per event.
 */
export function createEventReader(
  body: ReadableStream<Uint8Array> | null,
  { operation, signal, idleTimeout, dataTimeout, maxEventSize, partial = noop }: EventReaderOptions,
): EventReader {
  const reader = body?.getReader();
  let events: SSEEvent[] = [];
  const parser = createSSEParser({ onEvent: (event) => void events.push(event), maxEventSize });
  let failure: Error | undefined;
  let ended = !reader;
  const idleLimit = limitOf(idleTimeout);
  const dataLimit = limitOf(dataTimeout);
  const timesOut = idleLimit < Infinity || dataLimit < Infinity;
  // When the pending read began waiting for data; -1 while no read waits.
  let waitingSince = -1;
  // When the pending read last received bytes (or began waiting).
  let bytesSince = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onAbort = () => close(new APIUserAbortError(`${operation} was aborted`, { cause: signal?.reason }));
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort);

  async function read(): Promise<SSEEvent[] | undefined> {
    if (failure) throw failure;
    if (ended) return undefined;
    startWaiting();
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader!.read();
        } catch (cause) {
          throw failure ?? lost(cause);
        }
        // Closed while this read waited: with an error, or quietly (the consumer stopped).
        if (ended) {
          if (failure) throw failure;
          return undefined;
        }
        if (next.done) {
          parser.end();
          stop();
          return take();
        }
        parser.feed(next.value);
        if (events.length > 0) {
          waitingSince = -1;
          return take();
        }
        if (timesOut) bytesSince = performance.now();
      }
    } catch (error) {
      close(error as Error);
      throw error;
    }
  }

  function take(): SSEEvent[] | undefined {
    if (events.length === 0) return undefined;
    const batch = events;
    events = [];
    return batch;
  }

  function lost(cause: unknown): Error {
    if (signal?.aborted) return new APIUserAbortError(`${operation} was aborted`, { cause: signal.reason });
    return new APIConnectionError(`${operation} failed: the connection was lost mid-stream`, {
      cause,
      partial: partial(),
    });
  }

  function startWaiting(): void {
    if (!timesOut) return;
    waitingSince = performance.now();
    bytesSince = waitingSince;
    // A timer still armed from an earlier wait serves this one too: checkTimeouts() re-arms it for the rest.
    timer ??= setTimeout(checkTimeouts, Math.min(idleLimit, dataLimit));
  }

  function checkTimeouts(): void {
    timer = undefined;
    // Not waiting (the consumer holds the last events) or ended: the next read arms it again.
    if (waitingSince < 0 || ended) return;
    const now = performance.now();
    const idleLeft = bytesSince + idleLimit - now;
    const dataLeft = waitingSince + dataLimit - now;
    // Timers may fire a hair early by this clock: within a millisecond is on time.
    let why: string;
    if (idleLeft <= 1) {
      why = `no bytes for ${idleLimit} ms, so the connection looks dead (the \`idleTimeout\` option)`;
    } else if (dataLeft <= 1) {
      why = `no data for ${dataLimit} ms (the \`dataTimeout\` option)`;
    } else {
      timer = setTimeout(checkTimeouts, Math.min(idleLeft, dataLeft));
      return;
    }
    close(new APITimeoutError(`${operation}: the stream timed out: ${why}`, { partial: partial() }));
  }

  function stop(): void {
    ended = true;
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }

  function close(error?: Error): void {
    if (ended) return;
    failure = error;
    stop();
    reader?.cancel(error).catch(noop);
  }

  return { read, close };
}
