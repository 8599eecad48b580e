import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blake2b256 } from "./blake2b-256.js";
import { referenceBlake2b256, utf8 } from "../test-utils/node-reference.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe("blake2b256", () => {
  // Published BLAKE2b-256 (unkeyed, 32-byte digest) vectors, as used across implementations.
  it.each([
    { given: "", want: "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8" },
    { given: "abc", want: "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319" },
  ])("hashes $given to the published vector", ({ given, want }) => {
    expect(hex(blake2b256(utf8(given)))).toBe(want);
    expect(hex(referenceBlake2b256(given))).toBe(want);
  });

  it("agrees with blakejs on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (given) => {
        expect(blake2b256(given)).toEqual(referenceBlake2b256(given));
      }),
    );
  });
});
