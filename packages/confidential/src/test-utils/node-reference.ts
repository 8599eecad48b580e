// An independent implementation of the node's side of the confidential protocol, on node:crypto and
// blakejs only: the known answers our noble-based code is held to.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  type KeyObject,
} from "node:crypto";
import { blake2b } from "blakejs";

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

/** An X25519 private KeyObject from 32 raw bytes, as a JWK (RFC 8037); `x` is computed by Node. */
export function x25519PrivateKey(raw: Uint8Array): KeyObject {
  const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b656e04220420", "hex"), raw]);
  const x = createPublicKey(createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" })).export({
    format: "jwk",
  }).x!;
  return createPrivateKey({ key: { kty: "OKP", crv: "X25519", x, d: b64url(raw) }, format: "jwk" });
}

/** An X25519 public KeyObject from 32 raw bytes, as a JWK. */
export function x25519PublicKey(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "X25519", x: b64url(raw) }, format: "jwk" });
}

/** The raw 32-byte public key of a raw private key. */
export function x25519PublicKeyOf(privateKey: Uint8Array): Uint8Array {
  const jwk = createPublicKey(x25519PrivateKey(privateKey)).export({ format: "jwk" });
  return new Uint8Array(Buffer.from(jwk.x!, "base64url"));
}

/** X25519 of a raw private and a raw public key. */
export function x25519SharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const shared = diffieHellman({
    privateKey: x25519PrivateKey(privateKey),
    publicKey: x25519PublicKey(publicKey),
  });
  return new Uint8Array(shared);
}

/** The node's view of steps 2 and 3: X25519 then HKDF-SHA256 (empty info) to 32 bytes. */
export function nodeSessionKey(nodePrivateKey: Uint8Array, clientPublicKey: Uint8Array, salt: Uint8Array) {
  const shared = x25519SharedSecret(nodePrivateKey, clientPublicKey);
  return new Uint8Array(hkdfSync("sha256", shared, salt, new Uint8Array(0), 32));
}

/** AES-256-GCM, tag appended. */
export function aesGcmSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const cipher = createCipheriv("aes-256-gcm", key, nonce);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return new Uint8Array(Buffer.concat([body, cipher.getAuthTag()]));
}

/** AES-256-GCM open of ciphertext || tag; throws when the tag does not verify. */
export function aesGcmOpen(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Uint8Array {
  const decipher = createDecipheriv("aes-256-gcm", key, nonce);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return new Uint8Array(
    Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]),
  );
}

/** BLAKE2b-256 by blakejs. */
export function referenceBlake2b256(bytes: Uint8Array | string): Uint8Array {
  return blake2b(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes, undefined, 32);
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
export const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, "base64"));
export const fromHex = (hex: string) => new Uint8Array(Buffer.from(hex, "hex"));
export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
