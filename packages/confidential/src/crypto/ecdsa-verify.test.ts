// Known answers from node:crypto (OpenSSL) for both ECDSA curves of Sui: what OpenSSL signs with
// SHA-256 and `ieee-p1363` encoding, our verifiers accept once s is low, and refuse with a high s, as
// fastcrypto does (OpenSSL itself accepts both).
import * as nodeCrypto from "node:crypto";
import { createECDH, createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecp256k1Verifier, verifySecp256k1, verifySecp256r1 } from "./ecdsa-verify.js";

/** node:crypto as Bun's is (BoringSSL): it has no secp256k1, and cannot import such a key. */
const nodeCryptoWithoutSecp256k1 = {
  ...nodeCrypto,
  createPublicKey: () => {
    throw new Error("error:0f00007c:elliptic curve routines:OPENSSL_internal:UNKNOWN_GROUP");
  },
} as unknown as Parameters<typeof createSecp256k1Verifier>[0];

// secp256k1 three times: in node:crypto (what Node uses), in JavaScript (a runtime without node:crypto),
// and in JavaScript again for a node:crypto without the curve.
const CURVES = [
  { name: "secp256k1", by: "node:crypto", openssl: "secp256k1", verify: verifySecp256k1 },
  { name: "secp256k1", by: "noble", openssl: "secp256k1", verify: createSecp256k1Verifier(undefined) },
  {
    name: "secp256k1",
    by: "noble, node:crypto lacking the curve",
    openssl: "secp256k1",
    verify: createSecp256k1Verifier(nodeCryptoWithoutSecp256k1),
  },
  { name: "secp256r1", by: "WebCrypto", openssl: "prime256v1", verify: verifySecp256r1 },
] as const;

/** The group orders (SEC 2): s and n - s both verify in plain ECDSA. */
const ORDER: Record<(typeof CURVES)[number]["name"], bigint> = {
  secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
  secp256r1: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
};

const toBigInt = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString("hex")}`);
const toBytes32 = (value: bigint) => Buffer.from(value.toString(16).padStart(64, "0"), "hex");

/** A node:crypto key pair, with the 33-byte compressed public key Sui carries. */
function opensslKey(curve: string) {
  const ecdh = createECDH(curve);
  ecdh.generateKeys();
  const d = ecdh.getPrivateKey();
  const [x, y] = [ecdh.getPublicKey().subarray(1, 33), ecdh.getPublicKey().subarray(33)];
  const jwk = { kty: "EC", crv: curve === "prime256v1" ? "P-256" : "secp256k1", x: b64url(x), y: b64url(y) };
  return {
    privateKey: createPrivateKey({ key: { ...jwk, d: b64url(d) }, format: "jwk" }),
    publicKey: createPublicKey({ key: jwk, format: "jwk" }),
    compressed: new Uint8Array(ecdh.getPublicKey(null, "compressed")),
  };
}
const b64url = (bytes: Buffer) => bytes.toString("base64url");

/** The same signature with s and n - s swapped, and which of the two is low. */
function bothHalves(signature: Uint8Array, order: bigint) {
  const s = toBigInt(signature.subarray(32));
  const flipped = new Uint8Array([...signature.subarray(0, 32), ...toBytes32(order - s)]);
  return s <= order / 2n ? { low: signature, high: flipped } : { low: flipped, high: signature };
}

describe.each(CURVES)(
  "$name in $by against OpenSSL's signatures",
  ({ name, openssl, verify: verifyOurs }) => {
    it("accepts OpenSSL's signatures of SHA-256(message) with a low s, and refuses them with a high s", async () => {
      for (let i = 0; i < 24; i++) {
        const key = opensslKey(openssl);
        const message = randomBytes(32);
        const signature = new Uint8Array(
          sign("sha256", message, { key: key.privateKey, dsaEncoding: "ieee-p1363" }),
        );
        const { low, high } = bothHalves(signature, ORDER[name]);
        // OpenSSL takes both halves: the low-s rule is Sui's, not ECDSA's.
        for (const candidate of [low, high]) {
          expect(
            verify("sha256", message, { key: key.publicKey, dsaEncoding: "ieee-p1363" }, candidate),
          ).toBe(true);
        }
        expect(await verifyOurs(low, message, key.compressed)).toBe(true);
        expect(await verifyOurs(high, message, key.compressed)).toBe(false);
        const otherMessage = Uint8Array.from(message, (byte, at) => (at === 0 ? byte ^ 1 : byte));
        expect(await verifyOurs(low, otherMessage, key.compressed)).toBe(false);
      }
    });

    it("refuses malformed input without throwing", async () => {
      const key = opensslKey(openssl);
      const message = randomBytes(32);
      const signature = new Uint8Array(
        sign("sha256", message, { key: key.privateKey, dsaEncoding: "ieee-p1363" }),
      );
      expect(await verifyOurs(signature.subarray(0, 63), message, key.compressed)).toBe(false);
      expect(await verifyOurs(new Uint8Array(64), message, key.compressed)).toBe(false);
      expect(await verifyOurs(signature, message, key.compressed.subarray(1))).toBe(false);
      expect(await verifyOurs(signature, message, new Uint8Array(33).fill(2))).toBe(false);
    });
  },
);
