import { describe, expect, it } from "vitest";
import { aesGcm, javaScriptAesGcm, nodeAesGcm } from "./aes-gcm.js";
import { builtinNodeCrypto } from "./node-crypto.js";
import { aesGcmSeal } from "../test-utils/node-reference.js";

const KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const NONCE = Uint8Array.from({ length: 12 }, (_, i) => 100 + i);
const PLAINTEXT = new TextEncoder().encode("a chunk's plaintext");

const implementations = {
  "the runtime's choice": aesGcm,
  "node:crypto": nodeAesGcm(builtinNodeCrypto()!),
  "@noble/ciphers": javaScriptAesGcm,
};

describe.each(Object.entries(implementations))("AES-256-GCM, %s", (_, { encrypt, decrypt }) => {
  it.each([0, 1, 400, 4096, 100_000])("%i bytes: seals as node:crypto does and opens it", (size) => {
    const plaintext = Uint8Array.from({ length: size }, (_, i) => (i * 7) & 0xff);
    const sealed = encrypt(KEY, NONCE, plaintext);
    expect(sealed).toEqual(aesGcmSeal(KEY, NONCE, plaintext));
    const opened = decrypt(KEY, NONCE, sealed);
    expect(opened).toBeInstanceOf(Uint8Array);
    expect(opened).toEqual(plaintext);
  });

  it.each([0, 5, 18, 34])("opening throws when byte %i of the ciphertext or tag changed", (index) => {
    const sealed = aesGcmSeal(KEY, NONCE, PLAINTEXT);
    sealed[index]! ^= 1;
    expect(() => decrypt(KEY, NONCE, sealed)).toThrow();
  });

  it("opening throws with another nonce", () => {
    const sealed = aesGcmSeal(KEY, NONCE, PLAINTEXT);
    expect(() =>
      decrypt(
        KEY,
        NONCE.map((byte) => byte ^ 1),
        sealed,
      ),
    ).toThrow();
  });
});

describe("the runtime's choice", () => {
  it("is node:crypto in Node", () => {
    expect(builtinNodeCrypto()).toBeDefined();
    expect(aesGcm).not.toBe(javaScriptAesGcm);
  });

  it("is JavaScript where there is no process.getBuiltinModule (a browser)", () => {
    const process = globalThis.process;
    Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
    try {
      expect(builtinNodeCrypto()).toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, "process", { value: process, configurable: true, writable: true });
    }
  });
});
