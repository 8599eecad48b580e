// Pieces go to an array, each FOLD_AT of them folded into one block, so a line fed a byte at a time
// costs little memory beyond its text.
const FOLD_AT = 256;

/**
 * Text held back across pieces: appending is O(1) amortised and {@link take} joins everything once,
 * so a line that arrives in a million pieces costs linear time, never a re-copy per piece.
 */
export class FragmentBuffer {
  /** Characters held. */
  length = 0;
  #pieces: string[] = [];
  #blocks: string[] = [];

  push(text: string): void {
    this.length += text.length;
    this.#pieces.push(text);
    if (this.#pieces.length === FOLD_AT) {
      this.#blocks.push(this.#pieces.join(""));
      this.#pieces.length = 0;
    }
  }

  /** Returns everything held, joined, and empties the buffer. */
  take(): string {
    this.#blocks.push(this.#pieces.join(""));
    const text = this.#blocks.join("");
    this.clear();
    return text;
  }

  clear(): void {
    this.#pieces.length = 0;
    this.#blocks.length = 0;
    this.length = 0;
  }
}
