import { ed25519 } from "@noble/curves/ed25519.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { describe, expect, it } from "vitest";
import { createResponseSigner } from "./signing.js";
import { unbase64, verifySignedJson } from "./test-utils/wire.js";

describe("createResponseSigner", () => {
  const secretKey = new Uint8Array(32).fill(3);

  it("signs the exact bytes before the signature, as an independent check verifies", async () => {
    const signer = createResponseSigner(secretKey);
    const signed = await signer.signBody('{"a":"ünïcode ✓","b":[1,2]}');
    expect(signed.startsWith('{"a":"ünïcode ✓","b":[1,2],"signature":"')).toBe(true);
    expect(verifySignedJson(signed)).toBe(signer.address);
  });

  it("gives the same bytes as @noble/curves (Ed25519 is deterministic, whichever library signs)", async () => {
    const hash = blake2b(new TextEncoder().encode("x"), { dkLen: 32 });
    const signature = unbase64(await createResponseSigner(secretKey).signHash(hash));
    expect(signature[0]).toBe(0);
    expect(signature.subarray(1, 65)).toEqual(ed25519.sign(hash, secretKey));
    expect(signature.subarray(65)).toEqual(ed25519.getPublicKey(secretKey));
  });
});
