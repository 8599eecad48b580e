import { FragmentBuffer } from "./fragment-buffer.js";

const LF = 0x0a;

/** Receives one line without its line end, as the range `text.slice(start, end)` (spares a copy). */
export type LineHandler = (text: string, start: number, end: number) => void;

/** Splits text that arrives in pieces into lines. */
export interface LineSplitter {
  /**
   * Passes on every line that `text` completes and holds back its unfinished last line; returns
   * how many characters are now held back.
   */
  push(text: string): number;
  /** Ends the input: an unfinished last line is passed on as a line. */
  flush(): void;
  /** Drops the unfinished line. */
  reset(): void;
  /** Characters held back for the unfinished line. */
  readonly pendingLength: number;
}

/**
 * Creates a splitter for the line ends of an event stream: LF, CR or CRLF (HTML Living Standard,
 * 9.2.6: `end-of-line = ( cr lf / cr / lf )`), including a CRLF split across two pieces.
 *
 * Runs in linear time: each piece is scanned with `indexOf`, once for CR and once for LF, and an
 * unfinished line is kept as fragments joined once when its end arrives.
 *
 * @example
 * const lines: string[] = [];
 * const splitter = createLineSplitter((text, start, end) => lines.push(text.slice(start, end)));
 * splitter.push("a\r");
 * splitter.push("\nb\n"); // lines: ["a", "b"]
 */
export function createLineSplitter(onLine: LineHandler): LineSplitter {
  const pending = new FragmentBuffer();
  // The last piece ended in CR: an LF opening the next piece completes that CRLF.
  let afterCR = false;

  function push(text: string): number {
    const length = text.length;
    if (length === 0) return pending.length;
    let start = 0;
    if (afterCR) {
      afterCR = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    // Most streams end lines with LF alone: one search shows a piece has no CR, then a tight loop.
    const cr = text.indexOf("\r", start);
    if (cr < 0) {
      for (let lf = text.indexOf("\n", start); lf >= 0; lf = text.indexOf("\n", start)) {
        emit(text, start, lf);
        start = lf + 1;
      }
    } else {
      start = splitWithCR(text, start, cr);
    }
    if (start < length) pending.push(start === 0 ? text : text.slice(start));
    return pending.length;
  }

  // Returns where the unfinished last line starts. `lf` and `cr` are the next LF and CR at or after
  // `start` (or `length`), each searched for again only once `start` has passed it: one scan in all.
  function splitWithCR(text: string, start: number, cr: number): number {
    const length = text.length;
    let lf = indexOrEnd(text, "\n", start);
    while (lf !== cr) {
      const end = lf < cr ? lf : cr;
      emit(text, start, end);
      start = end + 1;
      if (end === cr) {
        if (start === length) afterCR = true;
        else if (text.charCodeAt(start) === LF) start++;
        cr = indexOrEnd(text, "\r", start);
      }
      if (lf < start) lf = indexOrEnd(text, "\n", start);
    }
    return start;
  }

  function emit(text: string, start: number, end: number): void {
    if (pending.length === 0) return onLine(text, start, end);
    pending.push(text.slice(start, end));
    const line = pending.take();
    onLine(line, 0, line.length);
  }

  function flush(): void {
    afterCR = false;
    if (pending.length === 0) return;
    const line = pending.take();
    onLine(line, 0, line.length);
  }

  function reset(): void {
    afterCR = false;
    pending.clear();
  }

  return {
    push,
    flush,
    reset,
    get pendingLength() {
      return pending.length;
    },
  };
}

function indexOrEnd(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}
