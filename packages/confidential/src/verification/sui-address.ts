import { bytesToHex } from "@noble/hashes/utils.js";
import { blake2b256 } from "../crypto/blake2b-256.js";
import { schemeFormat, type SuiSignatureScheme } from "./signature-schemes.js";

/**
 * The Sui address of a public key: `0x` + the lowercase hex of BLAKE2b-256(flag || key), with the
 * scheme's flag (`0x00` Ed25519, `0x01` secp256k1, `0x02` secp256r1). It identifies the node that
 * signed a response on chain.
 *
 * @param publicKey The signer's public key: 32 bytes for Ed25519, 33 (compressed) for the ECDSA schemes.
 * @param scheme The key's signature scheme. @default "ed25519"
 * @throws {TypeError} when the key's length is not the scheme's.
 * @example suiAddress(verified.publicKey, verified.scheme) // "0xd77a6cd5…635c55"
 */
export function suiAddress(publicKey: Uint8Array, scheme: SuiSignatureScheme = "ed25519"): string {
  const { flag, publicKeyLength } = schemeFormat(scheme);
  if (publicKey.length !== publicKeyLength) {
    throw new TypeError(`A ${scheme} public key has ${publicKeyLength} bytes, not ${publicKey.length}`);
  }
  const flagged = new Uint8Array(1 + publicKey.length);
  flagged[0] = flag;
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
