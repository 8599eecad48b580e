import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { deriveSessionKey } from "./derive-session-key.js";
import { SALT } from "../test-utils/fixtures.js";
import type { X25519KeyPair } from "./x25519-key-pair.js";

/** A key pair whose shared secret is a buffer the test keeps, to see what is left in it. */
function keyPairAgreeingOn(secret: Uint8Array): X25519KeyPair {
  return { publicKey: new Uint8Array(32), spent: false, sharedSecret: async () => secret, discard() {} };
}

describe("deriveSessionKey", () => {
  it("derives the session key with HKDF-SHA256, then overwrites the shared secret with zeros", async () => {
    const secret = new Uint8Array(32).fill(0xa5);
    const expected = hkdf(sha256, secret.slice(), SALT, new Uint8Array(0), 32);
    const key = await deriveSessionKey(keyPairAgreeingOn(secret), new Uint8Array(32).fill(9), SALT);
    expect(key).toEqual(expected);
    expect(secret).toEqual(new Uint8Array(32));
  });
});
