import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIntegrityError } from "../errors.js";
import { suiAddress } from "./sui-address.js";
import { referenceBlake2b256, toBase64 } from "../test-utils/node-reference.js";
import { SCHEMES, signerKey, suiSign } from "../test-utils/sui-signing.js";
import { verifySuiSignature, type VerifySignerOptions } from "./verify-sui-signature.js";

const node = signerKey(1);
const other = signerKey(2);
const hash = referenceBlake2b256('{"id":"chatcmpl-1"}');
const signature = suiSign(hash, node);

async function rejection(
  hashBytes: Uint8Array,
  sig: string,
  options?: VerifySignerOptions,
): Promise<unknown> {
  try {
    await verifySuiSignature(hashBytes, sig, options);
  } catch (error) {
    return error;
  }
  throw new Error("expected an IntegrityError");
}

describe("verifySuiSignature", () => {
  it("returns the signer's address and public key", async () => {
    expect(await verifySuiSignature(hash, signature)).toEqual({
      signer: suiAddress(node.publicKey),
      publicKey: node.publicKey,
      scheme: "ed25519",
    });
  });

  it("accepts a signer in the trusted set, in any case and form", async () => {
    const address = suiAddress(node.publicKey);
    const trustedSigners = [suiAddress(other.publicKey), address.toUpperCase().replace("0X", "0x")];
    expect((await verifySuiSignature(hash, signature, { trustedSigners })).signer).toBe(address);
  });

  const sigBytes = Buffer.from(signature, "base64");
  it.each([
    {
      given: "a signature over another hash",
      hash: referenceBlake2b256("{}"),
      sig: signature,
      type: "invalid-signature",
    },
    {
      given: "a signature by another key that claims the node's key",
      hash,
      sig: suiSign(hash, other, { publicKey: node.publicKey }),
      type: "invalid-signature",
    },
    {
      given: "a changed signature byte",
      hash,
      sig: toBase64(sigBytes.map((b, i) => (i === 10 ? b ^ 1 : b))),
      type: "invalid-signature",
    },
    {
      given: "an Ed25519 signature under the secp256k1 flag",
      hash,
      sig: toBase64(new Uint8Array([0x01, ...sigBytes.subarray(1), 2])),
      type: "invalid-signature",
    },
    {
      given: "an unknown flag (0x03)",
      hash,
      sig: toBase64(new Uint8Array([0x03, ...sigBytes.subarray(1)])),
      type: "unsupported-signature-flag",
    },
    {
      given: "a secp256r1 flag with an Ed25519 signature's length",
      hash,
      sig: toBase64(new Uint8Array([0x02, ...sigBytes.subarray(1)])),
      type: "malformed",
    },
    {
      given: "an Ed25519 flag with a wrong length",
      hash,
      sig: toBase64(sigBytes.subarray(0, 96)),
      type: "malformed",
    },
    { given: "an empty signature", hash, sig: "", type: "malformed" },
    { given: "a signature that is not base64", hash, sig: "%%%%", type: "malformed" },
    { given: "no signature", hash, sig: undefined as unknown as string, type: "missing-field" },
  ])("rejects $given ($type)", async ({ hash: hashBytes, sig, type }) => {
    const error = await rejection(hashBytes, sig);
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type });
  });

  it("rejects a valid signature by a key outside the trusted set (untrusted-signer)", async () => {
    const error = await rejection(hash, suiSign(hash, other), {
      trustedSigners: [suiAddress(node.publicKey)],
    });
    expect(isIntegrityError(error)).toBe(true);
    expect(error).toMatchObject({ type: "untrusted-signer" });
    expect((error as Error).message).toContain(suiAddress(other.publicKey));
  });

  it("rejects every signer when the trusted set is empty", async () => {
    expect(await rejection(hash, signature, { trustedSigners: [] })).toMatchObject({
      type: "untrusted-signer",
    });
  });

  describe.each(SCHEMES)("with a %s key", (scheme) => {
    const key = signerKey(5, scheme);
    const otherKey = signerKey(6, scheme);

    it("verifies any hash it signed, and no hash with a changed byte (property)", async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(), async (signed, at) => {
          const sig = suiSign(signed, key);
          expect(await verifySuiSignature(signed, sig)).toMatchObject({
            signer: suiAddress(key.publicKey, scheme),
            scheme,
          });
          const changed = signed.slice();
          changed[at % 32]! ^= 1 << (at % 8);
          expect(await rejection(changed, sig)).toMatchObject({ type: "invalid-signature" });
        }),
        { seed: 20_261_206, numRuns: 25 },
      );
    });

    it("refuses a changed byte anywhere in the signature or key", async () => {
      const bytes = Buffer.from(suiSign(hash, key), "base64");
      for (const at of [1, 32, 64, 65, 80, bytes.length - 1]) {
        const changed = toBase64(bytes.map((b, i) => (i === at ? b ^ 1 : b)));
        const error = await rejection(hash, changed);
        expect(isIntegrityError(error)).toBe(true);
        expect(["invalid-signature", "malformed"]).toContain((error as { type: string }).type);
      }
    });

    it("takes trustedSigners of its scheme's addresses", async () => {
      const address = suiAddress(key.publicKey, scheme);
      const trustedSigners = [suiAddress(otherKey.publicKey, scheme), address];
      expect((await verifySuiSignature(hash, suiSign(hash, key), { trustedSigners })).signer).toBe(address);
      expect(await rejection(hash, suiSign(hash, otherKey), { trustedSigners: [address] })).toMatchObject({
        type: "untrusted-signer",
      });
    });
  });
});
