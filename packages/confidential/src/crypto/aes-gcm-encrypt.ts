import { gcm } from "@noble/ciphers/aes.js";

/**
 * From this many plaintext bytes on, WebCrypto's AES-GCM is faster: below it a WebCrypto call's hop
 * to Node's thread pool (about 0.07 ms) costs more than @noble/ciphers' whole encryption. Measured
 * on Node 20: 200 B 45 µs in JavaScript vs 68 µs in WebCrypto, 4 KB 105 vs 121 µs, 8 KB 311 vs
 * 131 µs, 100 KB 1.95 ms vs 0.18 ms.
 */
const WEBCRYPTO_FROM_BYTES = 4096;

/**
 * AES-256-GCM (confidential protocol step 4) with the 16-byte tag appended: WebCrypto for long
 * plaintexts where `crypto.subtle` exists, else @noble/ciphers. Both give the same bytes.
 */
export async function aesGcmEncrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (plaintext.length < WEBCRYPTO_FROM_BYTES || !subtle) return gcm(key, nonce).encrypt(plaintext);
  const aesKey = await subtle.importKey("raw", key as BufferSource, "AES-GCM", false, ["encrypt"]);
  const iv = nonce as BufferSource;
  return new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, aesKey, plaintext as BufferSource));
}
