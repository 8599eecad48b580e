import { blake2b } from "@noble/hashes/blake2.js";

/** BLAKE2b with a 32-byte digest (RFC 7693, unkeyed): Atoma's body, response and address hash. */
export function blake2b256(bytes: Uint8Array): Uint8Array {
  return blake2b(bytes, { dkLen: 32 });
}
