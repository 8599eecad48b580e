import { concatBytes } from "@noble/ciphers/utils.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import type { NodeCrypto, NodeKeyObject } from "./node-crypto.js";
import { createSignerKeyCache } from "./signer-key-cache.js";

/**
 * The DER prefix of a SubjectPublicKeyInfo holding a 33-byte compressed secp256k1 point (RFC 5480:
 * id-ecPublicKey, the curve 1.3.132.0.10, then the point as a BIT STRING), which node:crypto imports.
 */
const SECP256K1_SPKI_PREFIX = new Uint8Array([
  0x30, 0x36, 0x30, 0x10, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x05, 0x2b, 0x81, 0x04,
  0x00, 0x0a, 0x03, 0x22, 0x00,
]);

/** Checks a signature of `message` by the 33-byte compressed `publicKey`; throws for a key it cannot read. */
export type NodeSecp256k1Verify = (
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
) => boolean;

/**
 * ECDSA over secp256k1 in node:crypto (OpenSSL): SHA-256 of the message, the 64-byte r || s, a 33-byte
 * compressed public key. About five times noble's speed. It checks the signature only: Sui's low-s rule
 * is the caller's (OpenSSL accepts both halves). Undefined when this node:crypto has no secp256k1 (Bun's
 * BoringSSL has none, nor Deno's before 2.7): it is asked to import the curve's generator first.
 */
export function createNodeSecp256k1Verifier(nodeCrypto: NodeCrypto): NodeSecp256k1Verify | undefined {
  const importKey = (publicKey: Uint8Array) =>
    nodeCrypto.createPublicKey({
      key: concatBytes(SECP256K1_SPKI_PREFIX, publicKey),
      format: "der",
      type: "spki",
    });
  try {
    importKey(secp256k1.Point.BASE.toBytes(true));
  } catch {
    return undefined;
  }
  const keys = createSignerKeyCache<NodeKeyObject>();
  const keyOf = (publicKey: Uint8Array) => keys.get(publicKey, () => importKey(publicKey));
  return (signature, message, publicKey) =>
    nodeCrypto.verify("sha256", message, { key: keyOf(publicKey), dsaEncoding: "ieee-p1363" }, signature);
}
