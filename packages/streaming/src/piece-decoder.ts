const BOM = 0xfeff;
const STREAM = { stream: true } as const;

/** Turns the pieces of a stream, bytes or text, into text. */
export interface PieceDecoder {
  /** The text of one more piece: may be empty, or hold back a character split across pieces. */
  decode(piece: Uint8Array | string): string;
  /** Ends the input: the text of any bytes held back (U+FFFD for an incomplete character). */
  flush(): string;
  /** Forgets bytes held back and starts a new stream (whose BOM is skipped again). */
  reset(): void;
}

/**
 * Creates a decoder for an event stream's pieces: UTF-8 decoded as one stream, so a character split
 * across pieces decodes whole, and one leading BOM skipped (HTML Living Standard, 9.2.6: "UTF-8
 * decode"). Text pieces are taken as already decoded.
 *
 * @example
 * const decoder = createPieceDecoder();
 * decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3])); // ""
 * decoder.decode(new Uint8Array([0xa9])); // "é"
 */
export function createPieceDecoder(): PieceDecoder {
  // The BOM is skipped here, not by TextDecoder, so text pieces get the same treatment.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let holdsBytes = false;
  let atStart = true;

  function decode(piece: Uint8Array | string): string {
    let text: string;
    if (typeof piece === "string") {
      // Bytes of a character left unfinished before a text piece can never complete.
      text = holdsBytes ? decoder.decode() + piece : piece;
      holdsBytes = false;
    } else {
      text = decoder.decode(piece, STREAM);
      holdsBytes = true;
    }
    return atStart ? skipBOM(text) : text;
  }

  function skipBOM(text: string): string {
    if (text.length === 0) return text;
    atStart = false;
    return text.charCodeAt(0) === BOM ? text.slice(1) : text;
  }

  // An empty text piece ends the bytes held back, as any text piece does.
  const flush = (): string => (holdsBytes ? decode("") : "");

  function reset(): void {
    decoder.decode(); // drops the bytes held back
    holdsBytes = false;
    atStart = true;
  }

  return { decode, flush, reset };
}
