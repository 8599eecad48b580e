/** How many pieces are joined into one flat string at a time. */
const BATCH = 128;

/**
 * Builds a long text from many small pieces: a stream's deltas, or a line that arrives a byte at a
 * time. Adding is O(1) amortised and nothing is re-copied per piece, so a million pieces cost linear
 * time. `+=` alone would keep every piece alive as its own string under a rope of a million nodes,
 * which the garbage collector copies and walks; here the pieces are joined into flat strings 128 at a
 * time, so only a few large strings stay alive.
 */
export class TextJoiner {
  /** Characters held. */
  length = 0;
  #joined = "";
  #pieces: string[] = [];

  add(piece: string): void {
    this.length += piece.length;
    this.#pieces.push(piece);
    if (this.#pieces.length === BATCH) {
      this.#joined += this.#pieces.join("");
      this.#pieces.length = 0;
    }
  }

  /** The whole text so far; the joiner keeps it. */
  toString(): string {
    if (this.#pieces.length === 0) return this.#joined;
    return this.#joined + this.#pieces.join("");
  }

  /** The whole text so far, and the joiner emptied. */
  take(): string {
    const text = this.toString();
    this.clear();
    return text;
  }

  clear(): void {
    this.#joined = "";
    this.#pieces.length = 0;
    this.length = 0;
  }
}
