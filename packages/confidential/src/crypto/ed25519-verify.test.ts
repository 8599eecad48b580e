// The fallback verifier must say exactly what noble's ed25519.verify says, on every input: valid,
// tampered, malformed, non-canonical, and the small-order corner cases ZIP-215 accepts.
import { ed25519 } from "@noble/curves/ed25519.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { verifyEd25519 } from "./ed25519-verify.js";
import { L, le, nobleVerify as noble } from "../test-utils/ed25519-reference.js";
import { signerKey } from "../test-utils/sui-signing.js";

/** Ours must give noble's answer; returns it. */
function expectAgreement(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  const want = noble(signature, message, publicKey);
  expect(verifyEd25519(signature, message, publicKey)).toBe(want);
  return want;
}

describe("verifyEd25519", () => {
  it("agrees with noble on signatures, tampered or not (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.uint8Array({ minLength: 0, maxLength: 64 }),
        fc.constantFrom("none", "signature", "message", "key"),
        fc.nat(),
        (seed, message, what, at) => {
          const { secretKey, publicKey } = signerKey(seed);
          const signature = ed25519.sign(message, secretKey);
          const flip = (bytes: Uint8Array) => {
            if (bytes.length === 0) return bytes;
            const copy = bytes.slice();
            copy[at % copy.length]! ^= 1 << (at % 8);
            return copy;
          };
          const valid = expectAgreement(
            what === "signature" ? flip(signature) : signature,
            what === "message" ? flip(message) : message,
            what === "key" ? flip(publicKey) : publicKey,
          );
          if (what === "none") expect(valid).toBe(true);
        },
      ),
      { seed: 20_250_117, numRuns: 60 },
    );
  });

  it("refuses a non-canonical S (S + L), as noble does", () => {
    const { secretKey, publicKey } = signerKey(3);
    const message = new Uint8Array(32).fill(7);
    const signature = ed25519.sign(message, secretKey);
    const s = signature.subarray(32).reduce((n, byte, i) => n + (BigInt(byte) << BigInt(8 * i)), 0n);
    const shifted = new Uint8Array([...signature.subarray(0, 32), ...le(s + L)]);
    expect(expectAgreement(shifted, message, publicKey)).toBe(false);
  });

  it("refuses an R or a key that is not a point, as noble does", () => {
    const { secretKey, publicKey } = signerKey(4);
    const message = new Uint8Array([1, 2, 3]);
    const signature = ed25519.sign(message, secretKey);
    // y = 2 is not the y of any point of the curve.
    const notAPoint = le(2n);
    expect(
      expectAgreement(new Uint8Array([...notAPoint, ...signature.subarray(32)]), message, publicKey),
    ).toBe(false);
    expect(expectAgreement(signature, message, notAPoint)).toBe(false);
  });

  it("accepts what ZIP-215 accepts for a small-order key (R = identity, S = 0), as noble does", () => {
    const identity = le(1n);
    const signature = new Uint8Array([...identity, ...new Uint8Array(32)]);
    expect(expectAgreement(signature, new Uint8Array([9]), identity)).toBe(true);
  });

  it("is false, not an exception, for wrong lengths", () => {
    const { publicKey } = signerKey(5);
    expect(verifyEd25519(new Uint8Array(63), new Uint8Array(1), publicKey)).toBe(false);
    expect(verifyEd25519(new Uint8Array(64), new Uint8Array(1), publicKey.subarray(1))).toBe(false);
  });
});
