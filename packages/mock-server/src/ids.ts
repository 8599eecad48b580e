import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** The `system_fingerprint` of every completion: vLLM's field, relayed untouched by node and proxy. */
export const SYSTEM_FINGERPRINT = "atoma-mock";

/** A short stable id for a value: the same request gets the same id. */
export function stableId(prefix: string, value: unknown): string {
  return `${prefix}-${bytesToHex(blake2b(utf8ToBytes(JSON.stringify(value)), { dkLen: 12 }))}`;
}

/** A deterministic pseudo-random generator (xorshift32) seeded from a value's hash. */
export function seededRandom(value: unknown): () => number {
  const seed = blake2b(utf8ToBytes(JSON.stringify(value)), { dkLen: 4 });
  let state = (seed[0]! << 24) | (seed[1]! << 16) | (seed[2]! << 8) | seed[3]! || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}
