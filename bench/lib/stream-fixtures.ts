// What the stream benchmarks share: seeded randomness, multi-byte words, and seeded splitting, so
// every run builds and splits the same bytes.

/** mulberry32: a small seeded PRNG. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Content words with 2-, 3- and 4-byte UTF-8 characters (and one that looks like an SSE field). */
export const WORDS = [
  "héllo",
  "wörld",
  "✓",
  "🚀",
  "naïve",
  "café",
  "日本語",
  "Ελληνικά",
  "data:",
  "emoji 😀",
  "plain",
];

/** Splits bytes into pieces of `min` to `max` bytes, the same way for the same seed. */
export function split(bytes: Uint8Array, min: number, max: number, seed: number): Uint8Array[] {
  const random = seeded(seed);
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = Math.min(bytes.length, start + min + Math.floor(random() * (max - min + 1)));
    pieces.push(bytes.subarray(start, end));
    start = end;
  }
  return pieces;
}
