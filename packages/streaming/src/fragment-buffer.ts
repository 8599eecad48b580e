// The first pieces of a line are concatenated (cheap in engines with rope strings, and the common
// case: a line in a few pieces); later ones go to an array, each FOLD_AT of them folded into one
// block, so a line fed a byte at a time costs little memory beyond its text.
const CONCAT_PIECES = 32;
const FOLD_AT = 256;

/**
 * Text held back across pieces: appending is O(1) amortised and {@link take} joins everything once,
 * so a line that arrives in a million pieces costs linear time, never a re-copy per piece.
 */
export class FragmentBuffer {
  /** Characters held. */
  length = 0;
  #head = "";
  #headPieces = 0;
  #tail: string[] = [];
  #blocks: string[] = [];

  push(text: string): void {
    this.length += text.length;
    if (this.#headPieces < CONCAT_PIECES) {
      this.#head += text;
      this.#headPieces++;
      return;
    }
    this.#tail.push(text);
    if (this.#tail.length === FOLD_AT) {
      this.#blocks.push(this.#tail.join(""));
      this.#tail.length = 0;
    }
  }

  /** Returns everything held, joined, and empties the buffer. */
  take(): string {
    let text = this.#head;
    if (this.#headPieces === CONCAT_PIECES) {
      this.#blocks.push(this.#tail.join(""));
      text += this.#blocks.join("");
    }
    this.clear();
    return text;
  }

  clear(): void {
    this.#head = "";
    this.#headPieces = 0;
    this.#tail.length = 0;
    this.#blocks.length = 0;
    this.length = 0;
  }
}
