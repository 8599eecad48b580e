import { createLineSplitter } from "./line-splitter.js";
import { createPieceDecoder } from "./piece-decoder.js";
import { StreamError } from "./stream-error.js";

const COLON = 0x3a;
const SPACE = 0x20;

/** One event of a server-sent event stream. */
export interface SSEEvent {
  /** The event's `data` lines, joined with `"\n"`. */
  data: string;
  /** The `event` field; `undefined` means the default type, `"message"`. */
  event: string | undefined;
  /**
   * The last event ID: the latest `id` field so far, kept across events as the standard says
   * (`undefined` until one arrives, or after an empty `id`).
   */
  id: string | undefined;
}

/** What {@link createSSEParser} reports to, and how much it may hold. */
export interface SSEParserOptions {
  /** Called for each event, in order. */
  onEvent: (event: SSEEvent) => void;
  /**
   * Called for each comment line (`: keep-alive`) with the text after the colon, less one leading
   * space. Servers send them to keep a connection open.
   */
  onComment?: (comment: string) => void;
  /** Called with the reconnection time in milliseconds when a valid `retry` field arrives. */
  onRetry?: (milliseconds: number) => void;
  /**
   * The most characters (UTF-16 code units; bytes for ASCII) one pending event may hold: its data
   * so far plus the line being read. Past it, `feed` throws a {@link StreamError} of type
   * `"buffer-exceeded"`. Default: 16 MiB.
   */
  maxEventSize?: number;
}

/** A push parser for server-sent events: feed it the stream's pieces; it calls back. */
export interface SSEParser {
  /**
   * Parses one more piece of the stream, bytes (UTF-8) or text, split anywhere, and reports every
   * event it completes. Throws a {@link StreamError} once an event exceeds `maxEventSize`, and again
   * on every call until `reset()`. An error thrown by a callback propagates and drops the rest
   * of that piece.
   */
  feed(piece: Uint8Array | string): void;
  /**
   * Ends the stream. Unlike the standard, a last event the server closed without its blank line is
   * dispatched if it has data. The parser is then reset, ready for a new stream.
   */
  end(): void;
  /** Forgets everything, the last event ID included, ready for a new stream. */
  reset(): void;
}

/** The default `maxEventSize`: 16 MiB. */
export const DEFAULT_MAX_EVENT_SIZE = 16 * 1024 * 1024;

/**
 * Creates an I/O-free parser for a server-sent event stream, following the HTML Living Standard's
 * 9.2.6 "Interpreting an event stream": LF, CR and CRLF line ends, a leading BOM skipped, comments,
 * `data` lines joined with `"\n"`, `event`, `id` (the last event ID), `retry`, and dispatch on a
 * blank line. It runs in linear time for any split of the input and holds at most `maxEventSize`
 * characters of one event (plus the piece being fed).
 *
 * @example
 * const parser = createSSEParser({
 *   onEvent: ({ data }) => console.log(JSON.parse(data)),
 *   onComment: () => resetIdleTimer(),
 * });
 * parser.feed(new TextEncoder().encode('data: {"a":1}\n\n: keep-alive\n\n'));
 * parser.end();
 */
export function createSSEParser(options: SSEParserOptions): SSEParser {
  const { onEvent, onComment, onRetry, maxEventSize = DEFAULT_MAX_EVENT_SIZE } = options;
  if (!(maxEventSize > 0)) throw new RangeError(`maxEventSize must be positive, got ${maxEventSize}`);

  const decoder = createPieceDecoder();
  const splitter = createLineSplitter(interpretLine);
  let data = "";
  let hasData = false;
  let eventType: string | undefined;
  let lastEventId: string | undefined;
  let failure: StreamError | undefined;

  function feed(piece: Uint8Array | string): void {
    if (failure) throw failure;
    if (splitter.push(decoder.decode(piece)) + data.length > maxEventSize) fail();
  }

  function end(): void {
    if (failure) throw failure;
    splitter.push(decoder.flush());
    splitter.flush();
    dispatch();
    reset();
  }

  function reset(): void {
    decoder.reset();
    splitter.reset();
    clearEvent();
    lastEventId = undefined;
    failure = undefined;
  }

  // 9.2.6: a blank line dispatches; a line starting with a colon is a comment; otherwise the field
  // name runs to the first colon (or the whole line) and one space after the colon is dropped.
  function interpretLine(text: string, start: number, end: number): void {
    if (start === end) return dispatch();
    let colon = start;
    while (colon < end && text.charCodeAt(colon) !== COLON) colon++;
    let valueStart = colon + 1;
    if (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
    const value = text.slice(valueStart, end); // "" when the line ends at the colon
    switch (colon - start) {
      case 0:
        onComment?.(value);
        break;
      case 4:
        if (text.startsWith("data", start)) appendData(value);
        break;
      case 5:
        if (text.startsWith("event", start)) eventType = value === "" ? undefined : value;
        else if (text.startsWith("retry", start)) setRetry(value);
        break;
      case 2:
        // An id with NUL is ignored, so it cannot corrupt a Last-Event-ID header.
        if (text.startsWith("id", start) && !value.includes("\0"))
          lastEventId = value === "" ? undefined : value;
        break;
    }
  }

  function appendData(value: string): void {
    data = hasData ? `${data}\n${value}` : value;
    hasData = true;
    if (data.length > maxEventSize) fail();
  }

  // 9.2.6: only ASCII digits set the reconnection time; anything else is ignored.
  function setRetry(value: string): void {
    if (onRetry && /^[0-9]+$/.test(value)) onRetry(Number(value));
  }

  // 9.2.6 "dispatch the event": nothing when no data line came, but the event type resets anyway;
  // the last event ID is kept.
  function dispatch(): void {
    if (!hasData) {
      eventType = undefined;
      return;
    }
    const event: SSEEvent = { data, event: eventType, id: lastEventId };
    clearEvent();
    onEvent(event);
  }

  function clearEvent(): void {
    data = "";
    hasData = false;
    eventType = undefined;
  }

  function fail(): never {
    const size = splitter.pendingLength + data.length;
    splitter.reset();
    clearEvent();
    failure = new StreamError(
      `Parsing the event stream failed: an event holds ${size} characters, more than maxEventSize (${maxEventSize})`,
      { type: "buffer-exceeded" },
    );
    throw failure;
  }

  return { feed, end, reset };
}
