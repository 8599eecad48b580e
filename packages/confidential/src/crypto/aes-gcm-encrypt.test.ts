import { describe, expect, it } from "vitest";
import { aesGcmEncrypt } from "./aes-gcm-encrypt.js";
import { aesGcmSeal } from "../test-utils/node-reference.js";

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const NONCE = Uint8Array.from({ length: 12 }, (_, i) => 100 + i);

describe("aesGcmEncrypt", () => {
  // Both sides of the size from which WebCrypto takes over from @noble/ciphers.
  it.each([0, 1, 200, 4095, 4096, 4097, 100_000])(
    "%i bytes: node:crypto's ciphertext and tag",
    async (size) => {
      const plaintext = Uint8Array.from({ length: size }, (_, i) => (i * 7) & 0xff);
      expect(await aesGcmEncrypt(KEY, NONCE, plaintext)).toEqual(aesGcmSeal(KEY, NONCE, plaintext));
    },
  );
});
