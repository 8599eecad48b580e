import { ed25519 } from "@noble/curves/ed25519.js";
import { p256 } from "@noble/curves/nist.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import type { SuiSignatureScheme } from "../verification/signature-schemes.js";
import { referenceBlake2b256, toBase64 } from "./node-reference.js";

export const SCHEMES: readonly SuiSignatureScheme[] = ["ed25519", "secp256k1", "secp256r1"];
const FLAGS: Record<SuiSignatureScheme, number> = { ed25519: 0x00, secp256k1: 0x01, secp256r1: 0x02 };

/** The signing half of each scheme, as a node's Sui keystore does it (fastcrypto's signers). */
const SIGNERS = {
  ed25519: {
    publicKey: (secretKey: Uint8Array) => ed25519.getPublicKey(secretKey),
    sign: (hash: Uint8Array, secretKey: Uint8Array) => ed25519.sign(hash, secretKey),
  },
  // ECDSA over SHA-256 of the message, compact r || s with a low s, compressed keys.
  secp256k1: {
    publicKey: (secretKey: Uint8Array) => secp256k1.getPublicKey(secretKey, true),
    sign: (hash: Uint8Array, secretKey: Uint8Array) => secp256k1.sign(hash, secretKey, { lowS: true }),
  },
  secp256r1: {
    publicKey: (secretKey: Uint8Array) => p256.getPublicKey(secretKey, true),
    sign: (hash: Uint8Array, secretKey: Uint8Array) => p256.sign(hash, secretKey, { lowS: true }),
  },
} satisfies Record<SuiSignatureScheme, unknown>;

/** A key pair of `scheme` (Ed25519 by default) from a one-byte seed, to sign test bodies as a node does. */
export function signerKey(seed: number, scheme: SuiSignatureScheme = "ed25519"): SignerKey {
  return signerKeyOf(new Uint8Array(32).fill(seed), scheme);
}

/** A signing key: its secret, its public key and its scheme. */
export interface SignerKey {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  scheme: SuiSignatureScheme;
}

/** The key pair of a 32-byte secret in `scheme`. */
export function signerKeyOf(secretKey: Uint8Array, scheme: SuiSignatureScheme = "ed25519"): SignerKey {
  return { secretKey, publicKey: SIGNERS[scheme].publicKey(secretKey), scheme };
}

/**
 * A Sui signature (base64 of flag || signature || public key) over `hash`, in the key's scheme.
 * `flag` and `publicKey` default to the key's own, and may be set to others to forge one.
 */
export function suiSign(
  hash: Uint8Array,
  key: SignerKey,
  { flag = FLAGS[key.scheme], publicKey = key.publicKey }: { flag?: number; publicKey?: Uint8Array } = {},
): string {
  return toBase64(new Uint8Array([flag, ...SIGNERS[key.scheme].sign(hash, key.secretKey), ...publicKey]));
}

/**
 * Appends `signature` then `response_hash` to a compact JSON object, as Atoma's nodes do: the hash is
 * BLAKE2b-256 of the unsigned text.
 */
export function signBody(unsigned: string, key: SignerKey): string {
  const hash = referenceBlake2b256(unsigned);
  return withTrailer(unsigned, suiSign(hash, key), toBase64(hash));
}

/** A compact JSON object with `signature` and `response_hash` appended, whatever their values. */
export function withTrailer(unsigned: string, signature: string, responseHash: string): string {
  return `${unsigned.slice(0, -1)},"signature":"${signature}","response_hash":"${responseHash}"}`;
}
