// Independent readers of what the server writes, so the server is not tested with its own code.
import { createPublicKey, ECDH, verify } from "node:crypto";
import { ed25519 } from "@noble/curves/ed25519.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex, concatBytes } from "@noble/hashes/utils.js";

/** The SSE of a whole body: data payloads and comments, in order (no partial events). */
export function readSSE(text: string): { data: string[]; comments: string[]; raw: string } {
  const data: string[] = [];
  const comments: string[] = [];
  for (const block of text.split("\n\n")) {
    for (const line of block.split("\n")) {
      if (line.startsWith("data: ")) data.push(line.slice(6));
      else if (line.startsWith(":")) comments.push(line);
    }
  }
  return { data, comments, raw: text };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
export const unbase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** Checks a signed body as the API notes describe; returns the signer's Sui address. */
export function verifySignedJson(text: string): string {
  const at = text.lastIndexOf(',"signature":');
  if (at < 0) throw new Error("no signature");
  const hash = blake2b(new TextEncoder().encode(text.slice(0, at) + "}"), { dkLen: 32 });
  const { signature, response_hash } = JSON.parse(text) as { signature: string; response_hash: string };
  if (base64(hash) !== response_hash) throw new Error("response_hash mismatch");
  return verifySuiSignature(hash, signature);
}

/** The ECDSA curves of Sui's flags 0x01 and 0x02, by their OpenSSL and JWK names. */
const ECDSA_CURVES: Record<number, { openssl: string; jwk: string }> = {
  0x01: { openssl: "secp256k1", jwk: "secp256k1" },
  0x02: { openssl: "prime256v1", jwk: "P-256" },
};

/**
 * Verifies a base64 Sui signature over a hash, in any of the three schemes; returns the signer's
 * address. ECDSA is checked with node:crypto (OpenSSL), so not with the library the server signs with.
 */
export function verifySuiSignature(hash: Uint8Array, signature: string): string {
  const bytes = unbase64(signature);
  const flag = bytes[0]!;
  const publicKey = bytes.subarray(65);
  const sig = bytes.subarray(1, 65);
  if (flag === 0x00) {
    if (bytes.length !== 97 || !ed25519.verify(sig, hash, publicKey))
      throw new Error("bad Ed25519 signature");
  } else {
    const curve = ECDSA_CURVES[flag];
    if (!curve || bytes.length !== 98)
      throw new Error(`not a Sui signature: flag ${flag}, ${bytes.length} bytes`);
    const point = ECDH.convertKey(publicKey, curve.openssl, undefined, undefined, "uncompressed") as Buffer;
    const key = createPublicKey({
      key: { kty: "EC", crv: curve.jwk, x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) },
      format: "jwk",
    });
    if (!verify("sha256", hash, { key, dsaEncoding: "ieee-p1363" }, sig))
      throw new Error("bad ECDSA signature");
  }
  return `0x${bytesToHex(blake2b(concatBytes(Uint8Array.of(flag), publicKey), { dkLen: 32 }))}`;
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
