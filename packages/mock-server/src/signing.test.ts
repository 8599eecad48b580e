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

  it.each(["secp256k1", "secp256r1"] as const)(
    "signs with %s as fastcrypto does: node:crypto verifies ECDSA over SHA-256, with a low s",
    async (scheme) => {
      const signer = createResponseSigner(secretKey, scheme);
      expect(signer.publicKey).toHaveLength(33);
      for (let i = 0; i < 8; i++) {
        const signed = await signer.signBody(`{"n":${i}}`);
        expect(verifySignedJson(signed)).toBe(signer.address);
        const signature = unbase64((JSON.parse(signed) as { signature: string }).signature);
        expect(signature).toHaveLength(98);
        expect(signature[0]).toBe(scheme === "secp256k1" ? 1 : 2);
        const s = BigInt(`0x${Buffer.from(signature.subarray(33, 65)).toString("hex")}`);
        expect(s <= HALF_ORDER[scheme]).toBe(true);
      }
    },
  );
});

/** Half of each curve's group order (SEC 2): a low s is at most this. */
const HALF_ORDER = {
  secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n / 2n,
  secp256r1: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n / 2n,
};
