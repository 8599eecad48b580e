// An independent client side of confidential compute (API notes, steps 2-7), written for the tests
// with the cryptography libraries directly.
import { gcm } from "@noble/ciphers/aes.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { randomBytes } from "@noble/hashes/utils.js";
import { base64, unbase64 } from "./wire.js";

export interface Lock {
  public_key: string;
  stack_small_id: number;
}

export function sealRequest(lock: Lock, model: string, plain: object, extra: Record<string, unknown> = {}) {
  const clientSecret = x25519.utils.randomSecretKey();
  const nodePublic = unbase64(lock.public_key);
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const key = hkdf(sha256, x25519.getSharedSecret(clientSecret, nodePublic), salt, new Uint8Array(0), 32);
  const plaintext = new TextEncoder().encode(JSON.stringify(plain));
  const body = {
    ciphertext: base64(gcm(key, nonce).encrypt(plaintext)),
    client_dh_public_key: base64(x25519.getPublicKey(clientSecret)),
    node_dh_public_key: lock.public_key,
    model_name: model,
    nonce: base64(nonce),
    salt: base64(salt),
    stack_small_id: lock.stack_small_id,
    plaintext_body_hash: base64(blake2b(plaintext, { dkLen: 32 })),
    stream: (plain as { stream?: boolean }).stream === true,
    ...extra,
  };
  const open = ({ nonce, ciphertext }: { nonce: string; ciphertext: string }) =>
    new TextDecoder().decode(gcm(key, unbase64(nonce)).decrypt(unbase64(ciphertext)));
  return { body, open };
}
