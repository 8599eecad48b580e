/** How many pieces are joined into one flat string at a time. */
const BATCH = 128;

/**
 * Builds a long text from many small pieces (a stream's deltas). `+=` would keep every piece alive as
 * its own string under a rope of 100,000 nodes, which the garbage collector copies and walks; here the
 * pieces are joined into flat strings 128 at a time, so only a few large strings stay alive.
 */
export class TextJoiner {
  #joined = "";
  #pieces: string[] = [];
  #length = 0;

  add(piece: string): void {
    this.#length += piece.length;
    this.#pieces.push(piece);
    if (this.#pieces.length === BATCH) {
      this.#joined += this.#pieces.join("");
      this.#pieces.length = 0;
    }
  }

  /** The characters added so far. */
  get length(): number {
    return this.#length;
  }

  /** The whole text so far. */
  toString(): string {
    return this.#pieces.length === 0 ? this.#joined : this.#joined + this.#pieces.join("");
  }
}
