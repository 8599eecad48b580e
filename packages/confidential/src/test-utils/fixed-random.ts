import type { RandomSource } from "../protocol/seal-request.js";

/**
 * A random source that returns copies of `chunks` in order (sealRequest draws the private key, the
 * salt, then the nonce), and fails loudly when asked for another length or for more.
 */
export function fixedRandom(...chunks: Uint8Array[]): RandomSource {
  let next = 0;
  return (length) => {
    const chunk = chunks[next++];
    if (!chunk) throw new Error(`fixedRandom: no chunk left for a request of ${length} bytes`);
    if (chunk.length !== length)
      throw new Error(`fixedRandom: chunk ${next - 1} has ${chunk.length} bytes, not ${length}`);
    return chunk.slice();
  };
}
