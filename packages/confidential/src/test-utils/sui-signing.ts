import { ed25519 } from "@noble/curves/ed25519.js";
import { referenceBlake2b256, toBase64 } from "./node-reference.js";

/** An Ed25519 key pair from a one-byte seed, for signing test bodies the way a node does. */
export function signerKey(seed: number) {
  const secretKey = new Uint8Array(32).fill(seed);
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

/**
 * A Sui signature (base64 of flag || Ed25519 signature || public key) over `hash`. `publicKey`
 * defaults to the signer's own, and may be set to another to forge one.
 */
export function suiSign(
  hash: Uint8Array,
  secretKey: Uint8Array,
  {
    flag = 0x00,
    publicKey = ed25519.getPublicKey(secretKey),
  }: { flag?: number; publicKey?: Uint8Array } = {},
): string {
  return toBase64(new Uint8Array([flag, ...ed25519.sign(hash, secretKey), ...publicKey]));
}

/**
 * Appends `signature` then `response_hash` to a compact JSON object, as Atoma's nodes do: the hash is
 * BLAKE2b-256 of the unsigned text.
 */
export function signBody(unsigned: string, secretKey: Uint8Array): string {
  const hash = referenceBlake2b256(unsigned);
  return withTrailer(unsigned, suiSign(hash, secretKey), toBase64(hash));
}

/** A compact JSON object with `signature` and `response_hash` appended, whatever their values. */
export function withTrailer(unsigned: string, signature: string, responseHash: string): string {
  return `${unsigned.slice(0, -1)},"signature":"${signature}","response_hash":"${responseHash}"}`;
}
