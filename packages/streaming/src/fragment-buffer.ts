// Tiny pieces (a stream fed a byte at a time) would each cost an array slot; every this many are
// folded into one block, so memory stays near the text's size and each character is copied twice.
const FOLD_AT = 256;

/**
 * Text held back across pieces: appending is O(1) amortised and {@link take} joins everything once,
 * so a line that arrives in a million pieces costs linear time, never a re-copy per piece.
 */
export class FragmentBuffer {
  /** Characters held. */
  length = 0;
  private recent: string[] = [];
  private blocks: string[] = [];

  push(text: string): void {
    this.recent.push(text);
    this.length += text.length;
    if (this.recent.length === FOLD_AT) {
      this.blocks.push(this.recent.join(""));
      this.recent.length = 0;
    }
  }

  /** Returns everything held, joined, and empties the buffer. */
  take(): string {
    let text: string;
    if (this.blocks.length > 0) {
      this.blocks.push(this.recent.join(""));
      text = this.blocks.join("");
      this.blocks.length = 0;
    } else {
      text = this.recent.length === 1 ? this.recent[0]! : this.recent.join("");
    }
    this.recent.length = 0;
    this.length = 0;
    return text;
  }

  clear(): void {
    this.recent.length = 0;
    this.blocks.length = 0;
    this.length = 0;
  }
}
