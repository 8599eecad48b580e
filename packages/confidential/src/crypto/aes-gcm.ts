import { gcm } from "@noble/ciphers/aes.js";
import { concatBytes } from "@noble/ciphers/utils.js";
import { builtinNodeCrypto, type NodeCrypto } from "./node-crypto.js";

// AES-256-GCM with the 16-byte tag appended (confidential protocol steps 4, 6 and 7), in node:crypto
// where the runtime has it, else in @noble/ciphers; both give the same bytes. node:crypto is several
// times faster at every size, and it matters for streams, which open one payload per chunk:
// @noble/ciphers sets up the key's tables on every call (25 µs for a 400-byte chunk on Node 20,
// against 5 µs). WebCrypto is not used: its every call hops to a thread pool and back.

const TAG_LENGTH = 16;

/** The AES-256-GCM seal and open of one runtime. Both throw on a wrong key length. */
export interface AesGcm {
  encrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array;
  /** Opens ciphertext || tag (at least 16 bytes). Throws when the tag does not match. */
  decrypt(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Uint8Array;
}

/** AES-256-GCM in node:crypto. */
export function nodeAesGcm(nodeCrypto: NodeCrypto): AesGcm {
  return {
    encrypt(key, nonce, plaintext) {
      const cipher = nodeCrypto.createCipheriv("aes-256-gcm", key, nonce);
      return concatBytes(cipher.update(plaintext), cipher.final(), cipher.getAuthTag());
    },
    decrypt(key, nonce, sealed) {
      const decipher = nodeCrypto.createDecipheriv("aes-256-gcm", key, nonce);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
      const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH));
      decipher.final();
      return new Uint8Array(plaintext.buffer, plaintext.byteOffset, plaintext.length);
    },
  };
}

/** AES-256-GCM in @noble/ciphers. */
export const javaScriptAesGcm: AesGcm = {
  encrypt: (key, nonce, plaintext) => gcm(key, nonce).encrypt(plaintext),
  decrypt: (key, nonce, sealed) => gcm(key, nonce).decrypt(sealed),
};

const nodeCrypto = builtinNodeCrypto();

/** AES-256-GCM in this runtime's fastest implementation. */
export const aesGcm: AesGcm = nodeCrypto ? nodeAesGcm(nodeCrypto) : javaScriptAesGcm;
