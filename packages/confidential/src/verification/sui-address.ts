import { bytesToHex } from "@noble/hashes/utils.js";
import { blake2b256 } from "../crypto/blake2b-256.js";

/** The Sui signature-scheme flag of Ed25519, first byte of a serialized signature. */
export const ED25519_FLAG = 0x00;

/**
 * The Sui address of an Ed25519 public key: `0x` + the lowercase hex of BLAKE2b-256(`0x00` || key).
 * It identifies the node that signed a response on chain.
 *
 * @param publicKey The signer's 32-byte Ed25519 public key.
 * @throws {TypeError} when the key is not 32 bytes.
 * @example suiAddress(verified.publicKey) // "0xd77a6cd5…635c55"
 */
export function suiAddress(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) {
    throw new TypeError(`An Ed25519 public key has 32 bytes, not ${publicKey.length}`);
  }
  const flagged = new Uint8Array(33);
  flagged[0] = ED25519_FLAG;
  flagged.set(publicKey, 1);
  return `0x${bytesToHex(blake2b256(flagged))}`;
}

/**
 * A Sui address in its canonical form (lowercase, 64 hex digits), so that `0xABC`, `0xabc` and the
 * zero-padded long form compare equal.
 *
 * @throws {TypeError} when it is not `0x` followed by 1 to 64 hex digits.
 */
export function normalizeSuiAddress(address: string): string {
  const match = /^0x([0-9a-f]{1,64})$/i.exec(address.trim());
  if (!match) throw new TypeError(`Not a Sui address (0x and up to 64 hex digits): ${address}`);
  return `0x${match[1]!.toLowerCase().padStart(64, "0")}`;
}
