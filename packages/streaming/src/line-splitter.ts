import { TextJoiner } from "./text-joiner.js";

const LF = 0x0a;
const CR = 0x0d;

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
 * Runs in linear time: each piece is searched once for CR (and rewritten only when it has one) and
 * once for LF, and an unfinished line is kept as fragments joined once when its end arrives.
 *
 * @example
 * const lines: string[] = [];
 * const splitter = createLineSplitter((text, start, end) => lines.push(text.slice(start, end)));
 * splitter.push("a\r");
 * splitter.push("\nb\n"); // lines: ["a", "b"]
 */
export function createLineSplitter(onLine: LineHandler): LineSplitter {
  const pending = new TextJoiner();
  // The last piece ended in CR: an LF opening the next piece completes that CRLF.
  let afterCR = false;

  function push(text: string): number {
    if (text.length === 0) return pending.length;
    let start = afterCR && text.charCodeAt(0) === LF ? 1 : 0;
    afterCR = text.charCodeAt(text.length - 1) === CR;
    // CR and CRLF end lines too: made LF (rare in practice, so most pieces are not copied), and one
    // search finds every line end.
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    for (let lf = text.indexOf("\n", start); lf >= 0; lf = text.indexOf("\n", start)) {
      emit(text, start, lf);
      start = lf + 1;
    }
    if (start < text.length) pending.add(start === 0 ? text : text.slice(start));
    return pending.length;
  }

  function emit(text: string, start: number, end: number): void {
    if (pending.length === 0) return onLine(text, start, end);
    pending.add(text.slice(start, end));
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
