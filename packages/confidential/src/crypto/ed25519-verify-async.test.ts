// The WebCrypto verifier must give noble's answer on signatures made by the key and on tampered ones,
// in batches too, and fall back to JavaScript where WebCrypto has no Ed25519.
import { ed25519 } from "@noble/curves/ed25519.js";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyEd25519Async } from "./ed25519-verify-async.js";
import { L, le, nobleVerify as noble } from "../test-utils/ed25519-reference.js";
import { signerKey } from "../test-utils/sui-signing.js";

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at % copy.length]! ^= 1 << (at % 8);
  return copy;
};

/** Signed, or tampered in one bit of the signature, the message or the key; with noble's verdict. */
const cases = fc
  .tuple(
    fc.integer({ min: 1, max: 8 }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }),
    fc.constantFrom("none", "signature", "message", "key"),
    fc.nat(),
  )
  .map(([seed, message, what, at]) => {
    const { secretKey, publicKey } = signerKey(seed);
    const signature = ed25519.sign(message, secretKey);
    const args = [
      what === "signature" ? flip(signature, at) : signature,
      what === "message" ? flip(message, at) : message,
      what === "key" ? flip(publicKey, at) : publicKey,
    ] as const;
    return { args, want: noble(...args), what };
  });

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("verifyEd25519Async", () => {
  it("gives noble's answer on signed and tampered messages (property)", async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ args, want, what }) => {
        expect(await verifyEd25519Async(...args)).toBe(want);
        if (what === "none") expect(want).toBe(true);
      }),
      { seed: 20_261_122, numRuns: 80 },
    );
  });

  it("answers each of a concurrent batch for itself", async () => {
    const batch = fc.sample(cases, { seed: 7, numRuns: 60 });
    const answers = await Promise.all(batch.map(({ args }) => verifyEd25519Async(...args)));
    expect(answers).toEqual(batch.map(({ want }) => want));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });

  it("refuses a non-canonical S (S + L)", async () => {
    const { secretKey, publicKey } = signerKey(3);
    const message = new Uint8Array(32).fill(7);
    const signature = ed25519.sign(message, secretKey);
    const s = signature.subarray(32).reduce((n, byte, i) => n + (BigInt(byte) << BigInt(8 * i)), 0n);
    const shifted = new Uint8Array([...signature.subarray(0, 32), ...le(s + L)]);
    expect(await verifyEd25519Async(shifted, message, publicKey)).toBe(false);
  });

  it("is false, not a rejection, for wrong lengths and a key that is not a point", async () => {
    const { secretKey, publicKey } = signerKey(5);
    const message = new Uint8Array([1]);
    const signature = ed25519.sign(message, secretKey);
    expect(await verifyEd25519Async(signature.subarray(1), message, publicKey)).toBe(false);
    expect(await verifyEd25519Async(signature, message, publicKey.subarray(1))).toBe(false);
    expect(await verifyEd25519Async(signature, message, le(2n))).toBe(false);
  });

  it("verifies in JavaScript where WebCrypto has no Ed25519, asking WebCrypto only once", async () => {
    const importKey = vi
      .spyOn(crypto.subtle, "importKey")
      .mockRejectedValue(new DOMException("Unrecognized algorithm name", "NotSupportedError"));
    const verify = vi.spyOn(crypto.subtle, "verify");
    const { verifyEd25519Async: fresh } = await import("./ed25519-verify-async.js");
    for (const { args, want } of fc.sample(cases, { seed: 11, numRuns: 12 })) {
      expect(await fresh(...args)).toBe(want);
    }
    expect(importKey).toHaveBeenCalledTimes(1);
    expect(verify).not.toHaveBeenCalled();
  });
});
